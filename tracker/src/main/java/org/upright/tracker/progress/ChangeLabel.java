package org.upright.tracker.progress;

/**
 * How a pain score moved from baseline to now, judged against the minimal clinically
 * important difference (MCID) of the 0–10 Numeric Rating Scale in back pain:
 * a change of 2 points or 30 % of the baseline, whichever is reached first.
 */
public enum ChangeLabel {
    IMPROVED, NO_CLEAR_CHANGE, WORSENED;

    public static final double MCID_POINTS = 2.0;
    public static final double MCID_FRACTION = 0.30;

    /** Small tolerance so that 2.0 computed from averages (1.9999999) still counts. */
    private static final double EPSILON = 1e-9;

    /**
     * The smallest change from {@code baseline} that counts: 2 points or 30 % of the baseline,
     * whichever is smaller (a zero baseline has no percentage, so 2 points). The band
     * baseline ± threshold holds exactly the values labelled {@link #NO_CLEAR_CHANGE}.
     */
    public static double threshold(double baseline) {
        return baseline > 0 ? Math.min(MCID_POINTS, MCID_FRACTION * baseline) : MCID_POINTS;
    }

    public static ChangeLabel of(double baseline, double current) {
        double delta = current - baseline;
        if (delta == 0) {
            return NO_CLEAR_CHANGE;
        }
        boolean bigEnough = Math.abs(delta) + EPSILON >= MCID_POINTS
                || (baseline > 0 && Math.abs(delta) / baseline + EPSILON >= MCID_FRACTION);
        if (!bigEnough) {
            return NO_CLEAR_CHANGE;
        }
        return delta < 0 ? IMPROVED : WORSENED;
    }
}
