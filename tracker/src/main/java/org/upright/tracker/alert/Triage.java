package org.upright.tracker.alert;

import java.util.Comparator;

/**
 * The one triage order, used by the coach's queue, the grid's alert sort and the badges: an
 * uncleared "yes" in the safety screening first (urgent, and first among urgent kinds), then high
 * pain (a run, a 10/10 or a spike) and large worsening first, then smaller worsening, pain
 * rising in a session and no improvement at the program's checkpoint, inactivity last; within a level by kind, then the larger first.
 */
public final class Triage {

    /** A worsening of this many points or more ranks with high pain. */
    public static final double LARGE_WORSENING_POINTS = 3.0;

    public static final int URGENT = 0;
    public static final int CONCERN = 1;
    public static final int QUIET = 2;

    public static final Comparator<Alert> ORDER = Comparator.comparingInt(Alert::severity)
            .thenComparing(Alert::kind)
            .thenComparing(Comparator.comparingDouble(Alert::magnitude).reversed());

    private Triage() {
    }

    public static int severity(Alert alert) {
        return switch (alert.kind()) {
            case SCREENING_RED_FLAG, HIGH_PAIN_RUN, PAIN_SPIKE -> URGENT;
            case WORSENING -> alert.magnitude() + 1e-9 >= LARGE_WORSENING_POINTS ? URGENT : CONCERN;
            case SESSION_PAIN_RISE, NO_IMPROVEMENT -> CONCERN;
            case INACTIVE -> QUIET;
        };
    }
}
