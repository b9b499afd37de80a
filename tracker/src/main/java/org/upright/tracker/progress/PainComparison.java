package org.upright.tracker.progress;

/** Baseline vs current (the last rated days after the baseline days), labelled against the MCID. */
public record PainComparison(PainBaseline baseline, PeriodMean current, ChangeLabel label) {

    /** Current minus baseline: negative when pain fell. */
    public double change() {
        return current.mean() - baseline.mean();
    }

    /** The change as a fraction of the baseline; null for a zero baseline. */
    public Double fractionalChange() {
        return baseline.mean() == 0 ? null : change() / baseline.mean();
    }
}
