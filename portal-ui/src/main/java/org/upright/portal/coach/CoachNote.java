package org.upright.portal.coach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A coach's private note about a member. */
@Entity
@Table(name = "coach_note")
class CoachNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, updatable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CoachNote() {
    }

    CoachNote(long memberId, long authorId, String body, Instant createdAt) {
        this.memberId = memberId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }
}
