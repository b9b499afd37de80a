package org.upright.tracker.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored session; {@code day} is the member's local day when it started. The hold times are
 * null when the session was not timed by a timer that measures them; the stop reason and its note
 * are null unless the member stopped early and said why. {@code stepEasier} says per step whether the
 * member did its easier version (null for sessions from before the timer offered the choice).
 */
public record CompletedSession(long id, UUID clientSessionId, long memberId, long routineId, int routineVersion,
                               Instant startedAt, Instant finishedAt, LocalDate day, int stepsCompleted,
                               int stepsTotal, int durationSeconds, Integer painBefore, Integer painAfter,
                               String note, Integer holdSecondsHeld, Integer holdSecondsPlanned,
                               StopReason stopReason, String stopNote, List<Boolean> stepEasier) {

    public CompletedSession {
        stepEasier = stepEasier == null ? null : List.copyOf(stepEasier);
    }

    /** A session recorded without the easier-version choice. */
    public CompletedSession(long id, UUID clientSessionId, long memberId, long routineId, int routineVersion,
                            Instant startedAt, Instant finishedAt, LocalDate day, int stepsCompleted,
                            int stepsTotal, int durationSeconds, Integer painBefore, Integer painAfter,
                            String note, Integer holdSecondsHeld, Integer holdSecondsPlanned,
                            StopReason stopReason, String stopNote) {
        this(id, clientSessionId, memberId, routineId, routineVersion, startedAt, finishedAt, day, stepsCompleted,
                stepsTotal, durationSeconds, painBefore, painAfter, note, holdSecondsHeld, holdSecondsPlanned,
                stopReason, stopNote, null);
    }

    /** A session that ran to its end or was stopped without a reason. */
    public CompletedSession(long id, UUID clientSessionId, long memberId, long routineId, int routineVersion,
                            Instant startedAt, Instant finishedAt, LocalDate day, int stepsCompleted,
                            int stepsTotal, int durationSeconds, Integer painBefore, Integer painAfter,
                            String note, Integer holdSecondsHeld, Integer holdSecondsPlanned) {
        this(id, clientSessionId, memberId, routineId, routineVersion, startedAt, finishedAt, day, stepsCompleted,
                stepsTotal, durationSeconds, painBefore, painAfter, note, holdSecondsHeld, holdSecondsPlanned, null, null);
    }

    /** How many steps the member did in their easier version (0 when the choice was not recorded). */
    public int stepsEasier() {
        return stepEasier == null ? 0 : (int) stepEasier.stream().filter(Boolean::booleanValue).count();
    }

    public boolean fullyCompleted() {
        return stepsCompleted == stepsTotal;
    }
}
