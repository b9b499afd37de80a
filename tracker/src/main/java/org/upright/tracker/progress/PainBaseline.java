package org.upright.tracker.progress;

/**
 * The reference a member's pain is compared with, and the band around it in which a change is
 * too small to matter (the MCID band: baseline ± {@link ChangeLabel#threshold(double)}).
 */
public record PainBaseline(BaselineSource source, PeriodMean period) {

    public double mean() {
        return period.mean();
    }

    public double bandLow() {
        return Math.max(0, ChangeLabel.rounded(mean()) - ChangeLabel.threshold(mean()));
    }

    public double bandHigh() {
        return Math.min(10, ChangeLabel.rounded(mean()) + ChangeLabel.threshold(mean()));
    }
}
