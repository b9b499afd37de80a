package org.upright.portal.progress;

import org.upright.tracker.progress.ActivityStreak;
import org.upright.tracker.progress.AdherenceSummary;
import org.upright.tracker.progress.PainBaseline;
import org.upright.tracker.progress.PainComparison;
import org.upright.tracker.progress.PainResponse;
import org.upright.tracker.progress.PainSeries;

import java.util.List;
import java.util.Optional;

/** Everything a progress page shows for one member and one range of days. */
public record ProgressOverview(PainSeries series, Optional<PainBaseline> baseline, Optional<PainComparison> comparison,
                               AdherenceSummary adherence, ActivityStreak streak, List<PainResponse> painResponse) {
}
