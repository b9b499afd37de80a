package org.upright.tracker.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored session; {@code day} is the member's local day when it started. The hold times are
 * null when the session was not timed by a timer that measures them.
 */
public record CompletedSession(long id, UUID clientSessionId, long memberId, long routineId, int routineVersion,
                               Instant startedAt, Instant finishedAt, LocalDate day, int stepsCompleted,
                               int stepsTotal, int durationSeconds, Integer painBefore, Integer painAfter,
                               String note, Integer holdSecondsHeld, Integer holdSecondsPlanned) {

    public boolean fullyCompleted() {
        return stepsCompleted == stepsTotal;
    }
}
