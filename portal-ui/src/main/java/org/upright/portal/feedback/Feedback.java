package org.upright.portal.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A short message from a coach to one member. */
@Entity
class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "coach_id", nullable = false, updatable = false)
    private long coachId;

    @Column(nullable = false, updatable = false, length = 1000)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Feedback() {
    }

    Feedback(long memberId, long coachId, String message, Instant createdAt) {
        this.memberId = memberId;
        this.coachId = coachId;
        this.message = message;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long memberId() {
        return memberId;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
