package org.upright.tracker.coaching;

import java.util.List;

/**
 * A member's conversation with one coach, oldest message first (the most recent
 * {@link ConversationService#THREAD_LENGTH} of them). For a member without a coach,
 * {@code coachId} and {@code coachName} are null and there is nobody to write to.
 */
public record MessageThread(long memberId, String memberName, Long coachId, String coachName,
                            List<ConversationMessage> messages, boolean earlierMessages) {

    public boolean hasCoach() {
        return coachId != null;
    }
}
