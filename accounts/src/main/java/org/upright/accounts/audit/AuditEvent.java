package org.upright.accounts.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One row of the audit log. Never changed after it is written. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    /** The database's cap on details (audit_event_details_length_ck); longer details are shortened. */
    static final int MAX_DETAILS_LENGTH = 2000;
    static final int MAX_LABEL_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_username", nullable = false, updatable = false, length = 64)
    private String actorUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "target_type", nullable = false, updatable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    @Column(name = "target_label", updatable = false, length = 200)
    private String targetLabel;

    @Column(updatable = false)
    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, String actorUsername, AuditAction action, AuditTarget target, String details) {
        this.at = at;
        this.actorUsername = actorUsername;
        this.action = action;
        this.targetType = target.type();
        this.targetId = target.id();
        this.targetLabel = target.label() == null ? null : abbreviate(target.label(), MAX_LABEL_LENGTH);
        this.details = details == null ? null : abbreviate(details, MAX_DETAILS_LENGTH);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, at, actorUsername, action, targetType, targetId, targetLabel, details);
    }
}
