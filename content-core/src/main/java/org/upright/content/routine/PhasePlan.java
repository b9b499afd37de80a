package org.upright.content.routine;

import java.util.ArrayList;
import java.util.List;

/**
 * The timed phases of a routine, as the guided timer plays them: for each step and side
 * (left then right for per-side steps) a get-ready phase, then hold and relax for every
 * repetition. Zero-length phases are left out (a step without relax goes hold → hold).
 * The browser player (upright-timer.js) implements the same rules; this class is the
 * server's reference for totals and plans.
 */
public final class PhasePlan {

    public static final int DEFAULT_GET_READY_SECONDS = RoutineTiming.GET_READY_SECONDS;

    /** Within this much of a phase's start, "back" goes to the previous phase rather than restarting this one. */
    public static final long BACK_GRACE_MS = 1_500;

    public enum Kind { GET_READY, HOLD, RELAX }

    public enum Side { LEFT, RIGHT }

    /** The timing part of a routine step. */
    public record StepTiming(String title, int holdSeconds, int relaxSeconds, int repetitions, boolean perSide) {
    }

    /** One phase; {@code side} is null for steps that are not per side. */
    public record Phase(Kind kind, int seconds, int stepIndex, String stepTitle, Side side, int rep, int reps,
                        long startOffsetMs) {

        public long endOffsetMs() {
            return startOffsetMs + seconds * 1000L;
        }
    }

    private final List<Phase> phases;

    private PhasePlan(List<Phase> phases) {
        this.phases = List.copyOf(phases);
    }

    /** The plan of a routine's steps with the standard get-ready time. */
    public static PhasePlan of(List<RoutineStep> steps) {
        return of(steps.stream().map(s -> new StepTiming(s.title(), s.holdSeconds(), s.relaxSeconds(), s.repetitions(),
                s.perSide())).toList(), DEFAULT_GET_READY_SECONDS);
    }

    public static PhasePlan of(List<StepTiming> steps, int getReadySeconds) {
        List<Phase> phases = new ArrayList<>();
        long offset = 0;
        for (int i = 0; i < steps.size(); i++) {
            StepTiming step = steps.get(i);
            List<Side> sides = step.perSide() ? List.of(Side.LEFT, Side.RIGHT) : java.util.Collections.singletonList(null);
            for (Side side : sides) {
                offset = add(phases, Kind.GET_READY, getReadySeconds, i, step, side, 1, offset);
                for (int rep = 1; rep <= step.repetitions(); rep++) {
                    offset = add(phases, Kind.HOLD, step.holdSeconds(), i, step, side, rep, offset);
                    offset = add(phases, Kind.RELAX, step.relaxSeconds(), i, step, side, rep, offset);
                }
            }
        }
        return new PhasePlan(phases);
    }

    private static long add(List<Phase> phases, Kind kind, int seconds, int stepIndex, StepTiming step, Side side,
                            int rep, long offset) {
        if (seconds <= 0) {
            return offset;
        }
        phases.add(new Phase(kind, seconds, stepIndex, step.title(), side, rep, step.repetitions(), offset));
        return offset + seconds * 1000L;
    }

    public List<Phase> phases() {
        return phases;
    }

    public int totalSeconds() {
        return phases.stream().mapToInt(Phase::seconds).sum();
    }

    private long totalMs() {
        return totalSeconds() * 1000L;
    }

    /** Index of the phase running at {@code elapsedMs}; {@code phases().size()} once the routine is over. */
    public int indexAt(long elapsedMs) {
        long e = Math.max(0, elapsedMs);
        for (int i = phases.size() - 1; i >= 0; i--) {
            if (phases.get(i).startOffsetMs() <= e) {
                return e >= phases.get(i).endOffsetMs() ? phases.size() : i;
            }
        }
        return phases.isEmpty() ? 0 : phases.size();
    }

    /** Elapsed time after "skip": the start of the next phase, or the end when skipping the last. */
    public long skip(long elapsedMs) {
        int index = indexAt(elapsedMs);
        return index + 1 < phases.size() ? phases.get(index + 1).startOffsetMs() : totalMs();
    }

    /** Elapsed time after "back": restart this phase, or the previous one when just started. */
    public long back(long elapsedMs) {
        int index = Math.min(indexAt(elapsedMs), phases.size());
        if (index == phases.size()) {
            return phases.isEmpty() ? 0 : phases.getLast().startOffsetMs();
        }
        long start = phases.get(index).startOffsetMs();
        if (elapsedMs - start > BACK_GRACE_MS || index == 0) {
            return start;
        }
        return phases.get(index - 1).startOffsetMs();
    }

    /** Steps whose every phase has fully elapsed. */
    public int stepsCompleted(long elapsedMs, int stepsTotal) {
        int completed = 0;
        for (int step = 0; step < stepsTotal; step++) {
            long end = -1;
            for (Phase p : phases) {
                if (p.stepIndex() == step) {
                    end = p.endOffsetMs();
                }
            }
            if (end >= 0 && elapsedMs >= end) {
                completed++;
            } else if (end >= 0) {
                break;
            }
        }
        return completed;
    }
}
