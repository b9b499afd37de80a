package org.upright.portal.feedback;

import java.time.Instant;

/** A coach's message as both sides see it; {@code readAt} is null while unread. */
public record FeedbackItem(long id, long memberId, String coachName, String message, Instant sentAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
