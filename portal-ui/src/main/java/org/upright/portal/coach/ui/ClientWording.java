package org.upright.portal.coach.ui;

import org.upright.tracker.cohort.ClientProgressRow;
import org.upright.kernel.text.Dates;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.progress.ChangeLabel;
import org.upright.tracker.progress.ProgressRules;
import org.upright.tracker.progress.ProgressWording;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;

/** A client's numbers in the short words the coach's lists use. */
final class ClientWording {

    private ClientWording() {
    }

    static String program(ClientProgressRow row) {
        if (row.programId() == null) {
            return "No program";
        }
        String title = row.programTitle() == null ? "Program " + row.programId() : row.programTitle();
        int day = row.programDay();
        if (day < 1) {
            return title + " · starts in " + (1 - day) + (1 - day == 1 ? " day" : " days");
        }
        if (row.programFinished()) {
            return title + " · finished";
        }
        return title + " · day " + day + (row.programDays() == null ? "" : " of " + row.programDays());
    }

    static String lastRating(ClientProgressRow row) {
        return row.lastRatingDay() == null ? "None yet"
                : row.lastRatingScore() + " · " + relativeDay(row.lastRatingDay(), row.today());
    }

    /** The last score alone ("7 / 10"), for the column that sorts by score. */
    static String lastScore(ClientProgressRow row) {
        return row.lastRatingScore() == null ? "None yet" : row.lastRatingScore() + " / 10";
    }

    /** When the last rating was given, for the column that sorts by day. */
    static String rated(ClientProgressRow row) {
        return row.lastRatingDay() == null ? "–" : relativeDay(row.lastRatingDay(), row.today());
    }

    static String change(ClientProgressRow row) {
        if (row.change() == null) {
            return "Not enough ratings";
        }
        return one(row.baseline()) + " → " + one(row.current()) + " · " + label(row.change())
                + (row.stale() ? " (ratings over " + ProgressRules.STALE_AFTER_DAYS + " days old)" : "");
    }

    static String label(ChangeLabel label) {
        return switch (label) {
            case IMPROVED -> "Improved";
            case NO_CLEAR_CHANGE -> "No clear change";
            case WORSENED -> "Worsened";
        };
    }

    static String adherence(OptionalInt percent, int done, int planned) {
        return percent.isEmpty() ? "–" : percent.getAsInt() + " % (" + done + "/" + planned + ")";
    }

    static String relativeDay(LocalDate day, LocalDate today) {
        if (day == null) {
            return "Never";
        }
        long ago = ChronoUnit.DAYS.between(day, today);
        if (ago == 0) {
            return "today";
        }
        if (ago == 1) {
            return "yesterday";
        }
        return ago > 1 && ago < 7 ? ago + " days ago" : Dates.day(day);
    }

    static String alert(AlertKind kind) {
        return switch (kind) {
            case SCREENING_RED_FLAG -> "Screening: yes";
            case HIGH_PAIN_RUN -> "High pain";
            case PAIN_SPIKE -> "Pain spike";
            case WORSENING -> "Worsening";
            case SESSION_PAIN_RISE -> "Session pain";
            case NO_IMPROVEMENT -> "No improvement";
            case INACTIVE -> "Inactive";
        };
    }

    static String one(double value) {
        return ProgressWording.one(value);
    }
}
