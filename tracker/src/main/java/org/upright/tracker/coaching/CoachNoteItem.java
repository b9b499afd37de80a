package org.upright.tracker.coaching;

import java.time.Instant;

/** A private note as the member's coach reads it. */
public record CoachNoteItem(long id, long memberId, String authorName, String body, Instant createdAt) {
}
