package org.upright.tracker.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A finished (or stopped) timer run as the client submits it. {@code clientSessionId} is made
 * by the client once per run, so a retried submission is recognised and stored only once, and a later
 * one with pain-after or a note updates that session. {@code stepHoldSeconds} are the seconds each
 * step's holds really ran (null when the client did not measure them). {@code stopReason} and
 * {@code stopNote}: why the member stopped early (null when they did not stop, or did not say).
 * {@code stepEasier}: per step, in step order, whether the member did its easier version (null when
 * the client did not offer the choice); the easier version's hold time is then that step's plan.
 */
public record SessionSubmission(UUID clientSessionId, long routineId, int routineVersion, Instant startedAt,
                                Instant finishedAt, int stepsCompleted, int stepsTotal, int durationSeconds,
                                Integer painBefore, Integer painAfter, String note, List<Integer> stepHoldSeconds,
                                StopReason stopReason, String stopNote, List<Boolean> stepEasier) {

    /** A submission without the easier-version choice (older clients). */
    public SessionSubmission(UUID clientSessionId, long routineId, int routineVersion, Instant startedAt,
                             Instant finishedAt, int stepsCompleted, int stepsTotal, int durationSeconds,
                             Integer painBefore, Integer painAfter, String note, List<Integer> stepHoldSeconds,
                             StopReason stopReason, String stopNote) {
        this(clientSessionId, routineId, routineVersion, startedAt, finishedAt, stepsCompleted, stepsTotal,
                durationSeconds, painBefore, painAfter, note, stepHoldSeconds, stopReason, stopNote, null);
    }

    /** A submission without a reason for stopping. */
    public SessionSubmission(UUID clientSessionId, long routineId, int routineVersion, Instant startedAt,
                             Instant finishedAt, int stepsCompleted, int stepsTotal, int durationSeconds,
                             Integer painBefore, Integer painAfter, String note, List<Integer> stepHoldSeconds) {
        this(clientSessionId, routineId, routineVersion, startedAt, finishedAt, stepsCompleted, stepsTotal,
                durationSeconds, painBefore, painAfter, note, stepHoldSeconds, null, null);
    }

    /** A submission without measured hold time (generated history, older clients). */
    public SessionSubmission(UUID clientSessionId, long routineId, int routineVersion, Instant startedAt,
                             Instant finishedAt, int stepsCompleted, int stepsTotal, int durationSeconds,
                             Integer painBefore, Integer painAfter, String note) {
        this(clientSessionId, routineId, routineVersion, startedAt, finishedAt, stepsCompleted, stepsTotal,
                durationSeconds, painBefore, painAfter, note, null);
    }

    public SessionSubmission {
        stepHoldSeconds = stepHoldSeconds == null ? null : List.copyOf(stepHoldSeconds);
        // List.copyOf refuses nulls; a null entry is refused by the service's checks instead
        stepEasier = stepEasier == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(stepEasier));
    }
}
