package org.upright.portal.audit;

import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditTarget;
import org.upright.accounts.audit.AuditAction;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upright.content.shared.ContentStatus;
import org.upright.content.shared.ContentStatusChanged;

/**
 * Audits content publishing: content-core publishes {@link ContentStatusChanged} inside the
 * transaction that changes the status, and this synchronous listener writes the row in it.
 */
@Component
class ContentAuditListener {

    private final AuditLog audit;

    ContentAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ContentStatusChanged change) {
        AuditAction action = change.to() == ContentStatus.PUBLISHED ? AuditAction.CONTENT_PUBLISHED
                : change.to() == ContentStatus.ARCHIVED ? AuditAction.CONTENT_ARCHIVED
                : AuditAction.CONTENT_STATUS_CHANGED;
        audit.recordAs(change.actorUsername(), action, new AuditTarget(change.kind(), change.id(), change.title()),
                details(change));
    }

    /** "slug: DRAFT → PUBLISHED", plus the version a routine's publish released (members see that one from now on). */
    static String details(ContentStatusChanged change) {
        String move = change.slug() + ": " + change.from() + " → " + change.to();
        return change.to() == ContentStatus.PUBLISHED && change.version() != null ? move + ", version " + change.version() : move;
    }
}
