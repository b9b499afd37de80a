package org.upright.tracker.progress;

import java.util.List;
import java.util.Optional;

/** Everything a progress page shows for one member and one range of days. */
public record ProgressOverview(PainSeries series, PainProgress pain, AdherenceSummary adherence, ActivityStreak streak,
                               List<PainResponse> painResponse) {

    public ProgressOverview {
        painResponse = List.copyOf(painResponse);
    }

    /** The baseline the chart's band shows ({@link PainProgress#primary()}). */
    public Optional<PainBaseline> baseline() {
        return pain.baseline();
    }

    public Optional<PainComparison> comparison() {
        return pain.comparison();
    }
}
