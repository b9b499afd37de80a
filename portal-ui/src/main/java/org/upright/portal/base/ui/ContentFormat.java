package org.upright.portal.base.ui;

import org.upright.kernel.text.Dates;

import java.time.Instant;
import java.time.ZoneId;

/** How content facts read on screen, in the UI's language: "6 min 35 s", "3 Nov 2026". */
public final class ContentFormat {

    private ContentFormat() {
    }

    public static String duration(int seconds) {
        if (seconds < 60) {
            return Texts.text("base.duration.seconds", seconds);
        }
        int minutes = seconds / 60;
        int rest = seconds % 60;
        return rest == 0 ? Texts.text("base.duration.minutes", minutes) : Texts.text("base.duration.minutes-seconds", minutes, rest);
    }

    public static String day(Instant instant, ZoneId zone) {
        return Dates.day(instant, zone);
    }

    public static String day(Instant instant) {
        return day(instant, ZoneId.of("UTC"));
    }

    /** "Hold 20 s · relax 10 s · 3 times · each side" */
    public static String stepPlan(int hold, int relax, int repetitions, boolean perSide) {
        return stepPlan(hold, relax, repetitions, perSide, false);
    }

    /** As {@link #stepPlan(int, int, int, boolean)}; a moving step says "Move 20 s" (it is not held still). */
    public static String stepPlan(int hold, int relax, int repetitions, boolean perSide, boolean moving) {
        StringBuilder s = new StringBuilder(Texts.text(moving ? "base.step-plan.move" : "base.step-plan.hold", hold));
        if (relax > 0) {
            s.append(" · ").append(Texts.text("base.step-plan.relax", relax));
        }
        s.append(" · ").append(Texts.text("base.step-plan.repetitions", repetitions));
        if (perSide) {
            s.append(" · ").append(Texts.text("base.step-plan.each-side"));
        }
        return s.toString();
    }
}
