package org.upright.tracker.export;

import org.upright.tracker.progress.Adherence;
import org.upright.tracker.progress.ChangeLabel;
import org.upright.tracker.progress.PainBaseline;
import org.upright.tracker.progress.PainComparison;
import org.upright.tracker.progress.PeriodMean;

import java.util.Locale;
import java.util.Optional;

/** Sentences of the clinician report (plain WinAnsi text: the built-in PDF font has no arrows). */
final class ReportWording {

    private ReportWording() {
    }

    static String comparison(Optional<PainComparison> comparison, Optional<PainBaseline> baseline) {
        if (comparison.isPresent()) {
            PainComparison c = comparison.get();
            String percent = c.fractionalChange() == null ? ""
                    : String.format(Locale.ROOT, ", %+.0f %%", 100 * c.fractionalChange());
            return "Baseline " + period(c.baseline().period()) + ". Current " + period(c.current()) + ". Change "
                    + String.format(Locale.ROOT, "%+.1f points", c.change()) + percent + ": " + label(c.label()) + ".";
        }
        return baseline.map(b -> "Baseline " + period(b.period()) + ". Not enough later ratings for a current value yet.")
                .orElse("Not enough ratings for a baseline yet.");
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
        return String.format(Locale.ROOT, "%.1f (mean of %d rated days, %s to %s)", mean.mean(), mean.ratedDays(),
                mean.from(), mean.to());
    }
}
