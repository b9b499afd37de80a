package org.upright.portal.progress;

import org.upright.tracker.progress.ChangeLabel;
import org.upright.tracker.progress.PainBaseline;
import org.upright.tracker.progress.PainComparison;
import org.upright.tracker.progress.PainResponse;
import org.upright.tracker.progress.PainTrendService;

import java.util.Locale;
import java.util.Optional;

/** Baseline vs current in plain words for the member. */
public final class ProgressWording {

    private ProgressWording() {
    }

    public static String comparison(Optional<PainComparison> comparison, Optional<PainBaseline> baseline) {
        if (comparison.isPresent()) {
            return sentence(comparison.get());
        }
        if (baseline.isPresent()) {
            return "Your starting level is " + one(baseline.get().mean()) + " out of 10. Keep rating your pain "
                    + "every day: after a week of ratings you will see how it has changed.";
        }
        return "Rate your pain on at least " + PainTrendService.MIN_RATED_DAYS
                + " days to see your starting level and trend.";
    }

    static String sentence(PainComparison c) {
        double change = c.change();
        String amount = one(Math.abs(change)) + (Math.abs(change) == 1.0 ? " point" : " points");
        String direction = change < 0 ? amount + " lower than" : change > 0 ? amount + " higher than" : "the same as";
        String meaning = switch (c.label()) {
            case IMPROVED, WORSENED -> " — a change that matters.";
            case NO_CLEAR_CHANGE -> " — not yet a clear change.";
        };
        String advice = c.label() == ChangeLabel.WORSENED ? " Consider talking to your coach." : "";
        return "Your pain is " + direction + " when you started" + meaning + advice;
    }

    /** e.g. "Wall press: pain 5.0 before, 3.5 after on average (1.5 points lower after, last 4 sessions)". */
    public static String painResponse(PainResponse r) {
        String direction = r.meanChange() < 0 ? one(-r.meanChange()) + " points lower after"
                : r.meanChange() > 0 ? one(r.meanChange()) + " points higher after" : "no change";
        return r.routineTitle() + ": pain " + one(r.meanBefore()) + " before, " + one(r.meanAfter())
                + " after on average (" + direction + ", last " + r.sessions() + (r.sessions() == 1 ? " session)" : " sessions)");
    }

    public static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
