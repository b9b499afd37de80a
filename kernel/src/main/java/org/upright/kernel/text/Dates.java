package org.upright.kernel.text;

import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

/**
 * Days and moments as Upright prints them (screens, exports), in the reader's time zone and
 * language: "3 Mar 2026" in English, "3. März 2026" in German (the patterns are in the kernel bundle).
 */
public final class Dates {

    private static final Map<Language, Formats> FORMATS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            FORMATS.put(language, new Formats(language));
        }
    }

    private Dates() {
    }

    private record Formats(DateTimeFormatter day, DateTimeFormatter weekday, DateTimeFormatter moment) {
        Formats(Language language) {
            this(pattern(language, "dates.day"), pattern(language, "dates.weekday"), pattern(language, "dates.moment"));
        }

        private static DateTimeFormatter pattern(Language language, String key) {
            return DateTimeFormatter.ofPattern(Wording.text(language, key), language.locale());
        }
    }

    private static Formats formats() {
        return FORMATS.get(Wording.currentLanguage());
    }

    public static String day(Instant at, ZoneId zone) {
        return at == null ? "" : formats().day().format(at.atZone(zone));
    }

    public static String day(LocalDate day) {
        return day == null ? "" : formats().day().format(day);
    }

    /** "Tue 3 Mar 2026": a day with its weekday, for diaries and chart summaries. */
    public static String dayWithWeekday(LocalDate day) {
        return day == null ? "" : formats().weekday().format(day);
    }

    public static String moment(Instant at, ZoneId zone) {
        return at == null ? "" : formats().moment().format(at.atZone(zone));
    }
}
