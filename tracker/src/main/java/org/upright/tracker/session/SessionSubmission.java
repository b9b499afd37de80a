package org.upright.tracker.session;

import java.time.Instant;
import java.util.UUID;

/**
 * A finished (or stopped) timer run as the client submits it. {@code clientSessionId} is made
 * by the client once per run, so a retried submission is recognised and stored only once.
 */
public record SessionSubmission(UUID clientSessionId, long routineId, int routineVersion, Instant startedAt,
                                Instant finishedAt, int stepsCompleted, int stepsTotal, int durationSeconds,
                                Integer painBefore, Integer painAfter, String note) {
}
