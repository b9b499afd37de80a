package org.upright.tracker.export;

import org.upright.tracker.progress.Adherence;
import org.upright.tracker.progress.ChangeLabel;
import org.upright.tracker.progress.BaselineSource;
import org.upright.tracker.progress.PainChange;
import org.upright.tracker.progress.PainComparison;
import org.upright.tracker.progress.PeriodMean;
import org.upright.tracker.progress.ProgressRules;

import java.util.Locale;

/** Sentences of the clinician report (plain WinAnsi text: the built-in PDF font has no arrows). */
final class ReportWording {

    private ReportWording() {
    }

    /** One paragraph per baseline, each saying which baseline it uses. */
    static String comparison(PainChange change) {
        String which = change.source() == BaselineSource.JOINED
                ? "Baseline since joining (the member's first " + ProgressRules.WINDOW_DAYS + " rated days)"
                : "Baseline since the current program started (its first " + ProgressRules.WINDOW_DAYS + " rated days)";
        if (change.comparison().isPresent()) {
            PainComparison c = change.comparison().get();
            String percent = c.fractionalChange() == null ? ""
                    : String.format(Locale.ROOT, ", %+.0f %%", 100 * c.fractionalChange());
            return which + ": " + period(c.baseline().period()) + ". Current " + period(c.current())
                    + (c.stale() ? " - older than " + ProgressRules.STALE_AFTER_DAYS + " days, not current" : "")
                    + ". Change " + String.format(Locale.ROOT, "%+.1f points", c.change()) + percent + ": "
                    + label(c.label()) + ".";
        }
        return which + ": " + change.baseline().map(b -> period(b.period()) + ". ").orElse("")
                + "Not enough ratings to compare (" + ProgressRules.RATED_DAYS_FOR_COMPARISON + " rated days needed, "
                + change.ratedDaysNeeded() + " more).";
    }

    static String label(ChangeLabel label) {
        return switch (label) {
            case IMPROVED -> "clinically important improvement";
            case WORSENED -> "clinically important worsening";
            case NO_CLEAR_CHANGE -> "no clinically important change";
        };
    }

    static String adherence(Adherence a) {
        String percent = a.percent().isPresent() ? " (" + a.percent().getAsInt() + " %)" : "";
        return a.done() + " of " + a.planned() + " planned sessions done" + percent + "; " + a.sessions()
                + " sessions in all";
    }

    static String beforeAfter(Integer before, Integer after) {
        return (before == null ? "-" : before.toString()) + " / " + (after == null ? "-" : after.toString());
    }

    private static String period(PeriodMean mean) {
        return String.format(Locale.ROOT, "%.1f (mean of %d rated days, %s to %s)", mean.shown(), mean.ratedDays(),
                mean.from(), mean.to());
    }
}
