package org.upright.tracker.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored session; {@code day} is the member's local day when it started. The hold times are
 * null when the session was not timed by a timer that measures them; the stop reason and its note
 * are null unless the member stopped early and said why.
 */
public record CompletedSession(long id, UUID clientSessionId, long memberId, long routineId, int routineVersion,
                               Instant startedAt, Instant finishedAt, LocalDate day, int stepsCompleted,
                               int stepsTotal, int durationSeconds, Integer painBefore, Integer painAfter,
                               String note, Integer holdSecondsHeld, Integer holdSecondsPlanned,
                               StopReason stopReason, String stopNote) {

    /** A session that ran to its end or was stopped without a reason. */
    public CompletedSession(long id, UUID clientSessionId, long memberId, long routineId, int routineVersion,
                            Instant startedAt, Instant finishedAt, LocalDate day, int stepsCompleted,
                            int stepsTotal, int durationSeconds, Integer painBefore, Integer painAfter,
                            String note, Integer holdSecondsHeld, Integer holdSecondsPlanned) {
        this(id, clientSessionId, memberId, routineId, routineVersion, startedAt, finishedAt, day, stepsCompleted,
                stepsTotal, durationSeconds, painBefore, painAfter, note, holdSecondsHeld, holdSecondsPlanned, null, null);
    }

    public boolean fullyCompleted() {
        return stepsCompleted == stepsTotal;
    }
}
