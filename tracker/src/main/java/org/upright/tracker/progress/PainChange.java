package org.upright.tracker.progress;

import java.util.Optional;

/**
 * Pain against one baseline: the baseline once {@value ProgressRules#MIN_RATED_DAYS} days are
 * rated, the comparison once {@value ProgressRules#MIN_RATED_DAYS} more are rated after the
 * {@value ProgressRules#WINDOW_DAYS} baseline days, and how many rated days are still missing
 * for a comparison (0 once there is one).
 */
public record PainChange(BaselineSource source, Optional<PainBaseline> baseline, Optional<PainComparison> comparison,
                         int ratedDaysNeeded) {
}
