package org.upright.content.routine;

import java.util.List;

/**
 * How long a routine takes, the same way the stretch timer plays it: for each step and each side
 * (two when per side, else one) a {@value #GET_READY_SECONDS} s get-ready, then for every
 * repetition a HOLD of holdSeconds followed by a RELAX of relaxSeconds (no relax phase when 0).
 * <pre>step seconds = sides × (GET_READY_SECONDS + repetitions × (holdSeconds + relaxSeconds))</pre>
 */
public final class RoutineTiming {

    public static final int GET_READY_SECONDS = 5;

    private RoutineTiming() {
    }

    public static int stepSeconds(RoutineStep step) {
        int sides = step.perSide() ? 2 : 1;
        return sides * (GET_READY_SECONDS + step.repetitions() * (step.holdSeconds() + step.relaxSeconds()));
    }

    public static int totalSeconds(List<RoutineStep> steps) {
        return steps.stream().mapToInt(RoutineTiming::stepSeconds).sum();
    }
}
