package org.upright.portal.base.ui;

import org.upright.tracker.progress.DailyPain;
import org.upright.tracker.progress.PainBaseline;
import org.upright.tracker.progress.PainSeries;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The series as the chart element's JSON: dates, numbers and nulls, then the words the chart draws
 * (series names, month names, the axis's day pattern) in the UI's language, from the base bundle.
 */
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
        json.append(",\"words\":{");
        words(json);
        return json.append("}}").toString();
    }

    /** {"day":…,"pain":…,"average":…,"session":…,"yes":…,"months":[…],"dayLabel":"{d} {m}"} without the braces. */
    private static void words(StringBuilder json) {
        for (String word : List.of("day", "pain", "average", "session", "yes")) {
            json.append('"').append(word).append("\":").append(string(Texts.text("base.chart.series." + word))).append(',');
        }
        json.append("\"months\":[");
        String[] months = Texts.text("base.chart.axis.months").split(",");
        for (int i = 0; i < months.length; i++) {
            json.append(i == 0 ? "" : ",").append(string(months[i].strip()));
        }
        // the pattern keeps its placeholders for the script: {d} the day of the month, {m} the month's short name
        json.append("],\"dayLabel\":").append(string(Texts.text("base.chart.axis.day", "{d}", "{m}")));
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static String string(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
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
