package org.upright.tracker.coaching;

import java.time.Instant;

/**
 * One message of a conversation as both sides see it. {@code readAt} is when the other side
 * opened the thread after it arrived; null while unread.
 */
public record ConversationMessage(long id, boolean fromCoach, String authorName, String body, Instant sentAt,
                                  Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
