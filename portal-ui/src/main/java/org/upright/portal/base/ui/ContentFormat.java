package org.upright.portal.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How content facts read on screen: "6 min 35 s", "3 Nov 2026". */
public final class ContentFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ContentFormat() {
    }

    public static String duration(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        int minutes = seconds / 60;
        int rest = seconds % 60;
        return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }

    public static String day(Instant instant, ZoneId zone) {
        return instant == null ? "" : DAY.format(instant.atZone(zone));
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
        StringBuilder s = new StringBuilder(moving ? "Move " : "Hold ").append(hold).append(" s");
        if (relax > 0) {
            s.append(" · relax ").append(relax).append(" s");
        }
        s.append(" · ").append(repetitions == 1 ? "once" : repetitions + " times");
        if (perSide) {
            s.append(" · each side");
        }
        return s.toString();
    }
}
