package org.upright.tracker.progress;

/**
 * How pain moved during a routine's sessions: the means before and after over its last
 * {@code sessions} sessions that recorded both. {@code meanChange} is negative when pain fell.
 */
public record PainResponse(long routineId, String routineTitle, int sessions, double meanBefore, double meanAfter,
                           double meanChange) {
}
