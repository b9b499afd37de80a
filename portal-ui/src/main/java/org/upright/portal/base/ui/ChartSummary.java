package org.upright.portal.base.ui;

import org.upright.tracker.progress.ProgressWording;
import org.upright.tracker.progress.DailyPain;
import org.upright.tracker.progress.PainBaseline;
import org.upright.tracker.progress.PainSeries;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** A sentence that says what the chart shows, for screen readers and as its text alternative. */
public final class ChartSummary {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private ChartSummary() {
    }

    public static String describe(PainSeries series, Optional<PainBaseline> baseline) {
        List<DailyPain> rated = series.days().stream().filter(d -> d.score() != null).toList();
        StringBuilder text = new StringBuilder("Daily pain from ").append(DAY.format(series.from())).append(" to ")
                .append(DAY.format(series.to())).append(": ");
        if (rated.isEmpty()) {
            return text.append("no ratings yet.").toString();
        }
        DailyPain latest = rated.getLast();
        text.append(rated.size()).append(rated.size() == 1 ? " day" : " days").append(" rated, scores from ")
                .append(rated.stream().mapToInt(DailyPain::score).min().orElseThrow()).append(" to ")
                .append(rated.stream().mapToInt(DailyPain::score).max().orElseThrow())
                .append("; latest ").append(latest.score()).append(" on ").append(DAY.format(latest.day())).append('.');
        series.days().reversed().stream().map(DailyPain::rollingAverage).filter(Predicate.not(java.util.Objects::isNull))
                .findFirst().ifPresent(avg -> text.append(" Latest 7-day average ").append(ProgressWording.one(avg)).append('.'));
        baseline.ifPresent(b -> text.append(" Starting level ").append(ProgressWording.one(b.mean()))
                .append(", band of no clear change ").append(ProgressWording.one(b.bandLow())).append(" to ")
                .append(ProgressWording.one(b.bandHigh())).append('.'));
        return text.append(" Sessions on ").append(series.sessionDays()).append(" days.").toString();
    }
}
