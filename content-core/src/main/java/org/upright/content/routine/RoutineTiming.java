package org.upright.content.routine;

import org.upright.kernel.i18n.Wording;

import java.util.ArrayList;
import java.util.List;

/**
 * How long a routine takes, the same way the stretch timer plays it: for each step and each side
 * (two when per side, else one) a {@value #GET_READY_SECONDS} s get-ready, then for every
 * repetition a HOLD of holdSeconds followed by a RELAX of relaxSeconds (no relax phase when 0).
 * <pre>step seconds = sides × (GET_READY_SECONDS + repetitions × (holdSeconds + relaxSeconds))</pre>
 * Also how those times read, in the reader's language ("6 min 35 s").
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

    /** "45 s", "6 min", "6 min 35 s". */
    public static String duration(int seconds) {
        if (seconds < 60) {
            return Wording.text("content.timing.seconds", seconds);
        }
        int minutes = seconds / 60;
        int rest = seconds % 60;
        return rest == 0 ? Wording.text("content.timing.minutes", minutes)
                : Wording.text("content.timing.minutes-seconds", minutes, rest);
    }

    /** "Hold 20 s · relax 10 s · 3 times · each side"; a moving step says "Move 20 s" (it is not held still). */
    public static String plan(int hold, int relax, int repetitions, boolean perSide, boolean moving) {
        List<String> parts = new ArrayList<>();
        parts.add(Wording.text(moving ? "content.timing.plan.move" : "content.timing.plan.hold", hold));
        if (relax > 0) {
            parts.add(Wording.text("content.timing.plan.relax", relax));
        }
        parts.add(Wording.text("content.timing.plan.repetitions", repetitions));
        if (perSide) {
            parts.add(Wording.text("content.timing.plan.each-side"));
        }
        return String.join(" · ", parts);
    }

    /** A step's plan, as {@link #plan(int, int, int, boolean, boolean)}. */
    public static String plan(RoutineStep step) {
        return plan(step.holdSeconds(), step.relaxSeconds(), step.repetitions(), step.perSide(), step.moving());
    }
}
