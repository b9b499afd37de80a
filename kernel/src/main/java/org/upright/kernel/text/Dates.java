package org.upright.kernel.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days and moments as Upright prints them (screens, exports), in the reader's time zone. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Dates() {
    }

    public static String day(Instant at, ZoneId zone) {
        return at == null ? "" : DAY.format(at.atZone(zone));
    }

    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** "Tue 3 Mar 2026": a day with its weekday, for diaries and chart summaries. */
    public static String dayWithWeekday(LocalDate day) {
        return day == null ? "" : WEEKDAY.format(day);
    }

    public static String moment(Instant at, ZoneId zone) {
        return at == null ? "" : MOMENT.format(at.atZone(zone));
    }
}
