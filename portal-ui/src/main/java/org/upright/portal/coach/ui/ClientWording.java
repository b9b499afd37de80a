package org.upright.portal.coach.ui;

import org.upright.kernel.text.Dates;
import org.upright.portal.base.ui.Texts;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.cohort.ClientProgressRow;
import org.upright.tracker.progress.ChangeLabel;
import org.upright.tracker.progress.ProgressRules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;

/** A client's numbers in the short words the coach's lists use, in the UI's language (portal-coach bundle). */
final class ClientWording {

    private ClientWording() {
    }

    static String program(ClientProgressRow row) {
        if (row.programId() == null) {
            return Texts.text("coach.program.none");
        }
        String title = row.programTitle() == null ? Texts.text("coach.program.fallback", row.programId()) : row.programTitle();
        int day = row.programDay();
        if (day < 1) {
            return Texts.text("coach.program.starts", title, 1 - day);
        }
        if (row.programFinished()) {
            return Texts.text("coach.program.finished", title);
        }
        return row.programDays() == null ? Texts.text("coach.program.day", title, day)
                : Texts.text("coach.program.day-of", title, day, row.programDays());
    }

    static String lastRating(ClientProgressRow row) {
        return row.lastRatingDay() == null ? Texts.text("coach.rating.none")
                : Texts.text("coach.rating.last", row.lastRatingScore(), relativeDay(row.lastRatingDay(), row.today()));
    }

    /** The last score alone ("7 / 10"), for the column that sorts by score. */
    static String lastScore(ClientProgressRow row) {
        return row.lastRatingScore() == null ? Texts.text("coach.rating.none") : Texts.text("coach.rating.score", row.lastRatingScore());
    }

    /** When the last rating was given, for the column that sorts by day. */
    static String rated(ClientProgressRow row) {
        return row.lastRatingDay() == null ? "–" : relativeDay(row.lastRatingDay(), row.today());
    }

    static String change(ClientProgressRow row) {
        if (row.change() == null) {
            return Texts.text("coach.change.none");
        }
        return Texts.text("coach.change", ChangeLabel.rounded(row.baseline()), ChangeLabel.rounded(row.current()), label(row.change()))
                + (row.stale() ? " " + Texts.text("coach.change.stale", ProgressRules.STALE_AFTER_DAYS) : "");
    }

    static String label(ChangeLabel label) {
        return Texts.text("coach.change." + label.name());
    }

    static String adherence(OptionalInt percent, int done, int planned) {
        return percent.isEmpty() ? "–" : Texts.text("coach.adherence", percent.getAsInt(), done, planned);
    }

    static String relativeDay(LocalDate day, LocalDate today) {
        if (day == null) {
            return Texts.text("coach.day.never");
        }
        long ago = ChronoUnit.DAYS.between(day, today);
        if (ago == 0) {
            return Texts.text("coach.day.today");
        }
        if (ago == 1) {
            return Texts.text("coach.day.yesterday");
        }
        return ago > 1 && ago < 7 ? Texts.text("coach.day.ago", ago) : Dates.day(day);
    }

    static String alert(AlertKind kind) {
        return Texts.text("coach.alert." + kind.name());
    }
}
