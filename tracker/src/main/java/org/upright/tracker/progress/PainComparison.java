package org.upright.tracker.progress;

/**
 * Baseline vs current (the last rated days after the baseline days), labelled against the MCID.
 * {@code stale}: the current period ended more than {@value ProgressRules#STALE_AFTER_DAYS} days
 * ago, so it tells how pain was then, not how it is now.
 */
public record PainComparison(PainBaseline baseline, PeriodMean current, ChangeLabel label, boolean stale) {

    /** Current minus baseline, as shown (rounded means): negative when pain fell. */
    public double change() {
        return ChangeLabel.change(baseline.mean(), current.mean());
    }

    /** The shown change as a fraction of the shown baseline; null for a zero baseline. */
    public Double fractionalChange() {
        double base = ChangeLabel.rounded(baseline.mean());
        return base == 0 ? null : change() / base;
    }
}
