package org.upright.tracker.progress;

/**
 * How a pain score moved from baseline to now, judged against the minimal clinically important
 * difference (MCID) of the 0–10 Numeric Rating Scale in back pain. A change counts only when it
 * is at least {@value #MCID_FLOOR_POINTS} point <em>and</em> reaches {@value #MCID_POINTS} points
 * or 30 % of the baseline. Both means are rounded to one decimal first — the precision every
 * page and the report show — so a shown "2.0 points lower" is always labelled a change.
 */
public enum ChangeLabel {
    IMPROVED, NO_CLEAR_CHANGE, WORSENED;

    /** A change of this many points counts whatever the baseline. */
    public static final double MCID_POINTS = 2.0;
    /** A change of this fraction of the baseline counts, when it is also at least the floor. */
    public static final double MCID_FRACTION = 0.30;
    /** No change smaller than this counts, however large a fraction of a low baseline it is. */
    public static final double MCID_FLOOR_POINTS = 1.0;

    /** Tolerance for decimal values held in binary (2.0 computed as 1.9999999). */
    private static final double EPSILON = 1e-9;

    /**
     * The smallest change from {@code baseline} that counts: 30 % of the baseline, but at least
     * 1 point and at most 2 points. The band baseline ± threshold holds exactly the current values
     * labelled {@link #NO_CLEAR_CHANGE} (the band edges themselves count as a change).
     */
    public static double threshold(double baseline) {
        double shown = rounded(baseline);
        return Math.max(MCID_FLOOR_POINTS, Math.min(MCID_POINTS, MCID_FRACTION * shown));
    }

    public static ChangeLabel of(double baseline, double current) {
        double change = change(baseline, current);
        if (Math.abs(change) + EPSILON < threshold(baseline)) {
            return NO_CLEAR_CHANGE;
        }
        return change < 0 ? IMPROVED : WORSENED;
    }

    /** Current minus baseline as shown: the difference of the two rounded means (negative when pain fell). */
    public static double change(double baseline, double current) {
        return rounded(rounded(current) - rounded(baseline));
    }

    /** A mean as the pages show it: one decimal, halves away from zero. */
    public static double rounded(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
