package org.upright.portal.base.ui;

import org.upright.kernel.text.Dates;
import org.upright.tracker.progress.ChangeLabel;
import org.upright.tracker.progress.DailyPain;
import org.upright.tracker.progress.PainBaseline;
import org.upright.tracker.progress.PainSeries;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A sentence that says what the chart shows, for screen readers and as its text alternative (in the UI's language). */
public final class ChartSummary {

    /** The English day with weekday ("Tue 3 Mar 2026"), as {@link Dates#dayWithWeekday} writes it in English. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private ChartSummary() {
    }

    public static String describe(PainSeries series, Optional<PainBaseline> baseline) {
        List<DailyPain> rated = series.days().stream().filter(d -> d.score() != null).toList();
        String range = Texts.text("base.chart.summary.range", Dates.dayWithWeekday(series.from()), Dates.dayWithWeekday(series.to()));
        if (rated.isEmpty()) {
            return range + " " + Texts.text("base.chart.summary.none");
        }
        DailyPain latest = rated.getLast();
        StringBuilder text = new StringBuilder(range).append(' ').append(Texts.text("base.chart.summary.rated", rated.size(),
                rated.stream().mapToInt(DailyPain::score).min().orElseThrow(),
                rated.stream().mapToInt(DailyPain::score).max().orElseThrow(),
                latest.score(), Dates.dayWithWeekday(latest.day())));
        series.days().reversed().stream().map(DailyPain::rollingAverage).filter(Objects::nonNull).findFirst()
                .ifPresent(avg -> text.append(' ').append(Texts.text("base.chart.summary.average", ChangeLabel.rounded(avg))));
        baseline.ifPresent(b -> text.append(' ').append(Texts.text("base.chart.summary.baseline",
                ChangeLabel.rounded(b.mean()), ChangeLabel.rounded(b.bandLow()), ChangeLabel.rounded(b.bandHigh()))));
        return text.append(' ').append(Texts.text("base.chart.summary.sessions", series.sessionDays())).toString();
    }
}
