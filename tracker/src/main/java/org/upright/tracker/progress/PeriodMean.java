package org.upright.tracker.progress;

import java.time.LocalDate;

/** The mean score of {@code ratedDays} rated days, the first of them {@code from}, the last {@code to}. */
public record PeriodMean(LocalDate from, LocalDate to, int ratedDays, double mean) {

    /** The mean as every page shows it (one decimal). */
    public double shown() {
        return ChangeLabel.rounded(mean);
    }
}
