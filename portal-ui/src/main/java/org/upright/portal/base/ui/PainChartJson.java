package org.upright.portal.base.ui;

import org.upright.tracker.progress.DailyPain;
import org.upright.tracker.progress.PainBaseline;
import org.upright.tracker.progress.PainSeries;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The series as the chart element's JSON: dates, numbers and nulls only (no text to escape). */
public final class PainChartJson {

    private PainChartJson() {
    }

    public static String of(PainSeries series, Optional<PainBaseline> baseline) {
        StringBuilder json = new StringBuilder(series.days().size() * 24 + 100);
        json.append("{\"days\":");
        array(json, series, d -> "\"" + d.day() + "\"");
        json.append(",\"scores\":");
        array(json, series, d -> d.score() == null ? "null" : d.score().toString());
        json.append(",\"averages\":");
        array(json, series, d -> d.rollingAverage() == null ? "null" : number(d.rollingAverage()));
        json.append(",\"sessions\":");
        array(json, series, d -> Integer.toString(d.sessions()));
        json.append(",\"baseline\":");
        json.append(baseline.map(b -> "{\"mean\":" + number(b.mean()) + ",\"low\":" + number(b.bandLow())
                + ",\"high\":" + number(b.bandHigh()) + "}").orElse("null"));
        return json.append('}').toString();
    }

    private static void array(StringBuilder json, PainSeries series, Function<DailyPain, String> value) {
        json.append('[');
        for (int i = 0; i < series.days().size(); i++) {
            json.append(i == 0 ? "" : ",").append(value.apply(series.days().get(i)));
        }
        json.append(']');
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
