package org.upright.tracker.export;

import org.upright.kernel.i18n.Wording;
import org.upright.tracker.progress.Adherence;
import org.upright.tracker.progress.ChangeLabel;
import org.upright.tracker.progress.BaselineSource;
import org.upright.tracker.progress.PainChange;
import org.upright.tracker.progress.PainComparison;
import org.upright.tracker.progress.PeriodMean;
import org.upright.tracker.progress.ProgressRules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sentences of the clinician report, in the reader's language (plain WinAnsi text: the built-in
 * PDF font has no arrows). Decimals are rounded half up, as the report always rounded them.
 */
final class ReportWording {

    private ReportWording() {
    }

    /** One paragraph per baseline, each saying which baseline it uses. */
    static String comparison(PainChange change) {
        String which = Wording.text(change.source() == BaselineSource.JOINED
                ? "tracker.report.baseline.joined" : "tracker.report.baseline.program", ProgressRules.WINDOW_DAYS);
        if (change.comparison().isPresent()) {
            PainComparison c = change.comparison().get();
            String percent = c.fractionalChange() == null ? ""
                    : Wording.text("tracker.report.percent", halfUp(100 * c.fractionalChange(), 0));
            return Wording.text(c.stale() ? "tracker.report.comparison.stale" : "tracker.report.comparison",
                    which, period(c.baseline().period()), period(c.current()), halfUp(c.change(), 1), percent,
                    label(c.label()), ProgressRules.STALE_AFTER_DAYS);
        }
        return change.baseline()
                .map(b -> Wording.text("tracker.report.not-enough.baseline", which, period(b.period()),
                        ProgressRules.RATED_DAYS_FOR_COMPARISON, change.ratedDaysNeeded()))
                .orElseGet(() -> Wording.text("tracker.report.not-enough", which,
                        ProgressRules.RATED_DAYS_FOR_COMPARISON, change.ratedDaysNeeded()));
    }

    static String label(ChangeLabel label) {
        return Wording.text("tracker.report.label." + label.name());
    }

    static String adherence(Adherence a) {
        return a.percent().isPresent()
                ? Wording.text("tracker.report.adherence.percent", a.done(), a.planned(), a.sessions(), a.percent().getAsInt())
                : Wording.text("tracker.report.adherence.line", a.done(), a.planned(), a.sessions());
    }

    static String beforeAfter(Integer before, Integer after) {
        return (before == null ? "-" : before.toString()) + " / " + (after == null ? "-" : after.toString());
    }

    /** One decimal, half up, with the reader's decimal mark. */
    static String tenths(double value) {
        return Wording.text("tracker.number.one-decimal", halfUp(value, 1));
    }

    private static String period(PeriodMean mean) {
        return Wording.text("tracker.report.period-mean", halfUp(mean.shown(), 1), mean.ratedDays(),
                mean.from().toString(), mean.to().toString());
    }

    /** As {@code String.format("%.1f")} rounds: the double's exact decimal value, half up. */
    private static double halfUp(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
