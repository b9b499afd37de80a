package org.upright.portal.coach.ui;

import org.upright.portal.base.ui.Card;
import org.upright.portal.base.ui.HistoryDayCards;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import org.upright.kernel.BodyArea;
import org.upright.tracker.progress.MemberProgressService;
import org.upright.tracker.progress.SessionHistoryRow;
import org.upright.kernel.text.Dates;
import org.upright.tracker.pain.PainRating;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The client's ratings with their notes and sessions with pain before and after, newest first; a
 * session shows how long its holds really ran against the plan, so a routine skipped through stands
 * out, how many steps the member did in their easier version, and why the member stopped it early
 * when they said.
 */
class ClientHistoryPanel extends Card {

    ClientHistoryPanel(MemberProgressService progress, long memberId) {
        super("Ratings and sessions", "client-history");
        Grid<PainRating> ratings = new Grid<>();
        ratings.setId("client-ratings");
        ratings.addColumn(r -> Dates.day(r.day())).setHeader("Day").setAutoWidth(true);
        ratings.addColumn(PainRating::score).setHeader("Pain").setAutoWidth(true);
        ratings.addColumn(r -> r.bodyAreas().stream().map(BodyArea::label).collect(Collectors.joining(", ")))
                .setHeader("Where");
        ratings.addColumn(r -> r.note() == null ? "" : r.note()).setHeader("Note").setFlexGrow(3);
        ratings.setHeight("20rem");

        Grid<SessionHistoryRow> sessions = new Grid<>();
        sessions.setId("client-sessions");
        sessions.addColumn(s -> Dates.day(s.session().day())).setHeader("Day").setAutoWidth(true);
        sessions.addColumn(SessionHistoryRow::routineTitle).setHeader("Routine").setFlexGrow(2);
        sessions.addColumn(s -> s.session().stepsCompleted() + " of " + s.session().stepsTotal()).setHeader("Steps");
        sessions.addColumn(s -> Math.round(s.session().durationSeconds() / 60.0) + " min").setHeader("Time");
        sessions.addColumn(SessionHistoryRow::heldOfPlanned).setHeader("Held of planned").setAutoWidth(true);
        sessions.addColumn(s -> pain(s.session().painBefore()) + " → " + pain(s.session().painAfter())
                        + (s.painRose() ? " (rose)" : s.badPainResponse() ? " (high)" : ""))
                .setHeader("Pain before → after");
        sessions.addColumn(SessionHistoryRow::easier).setHeader("Easier versions").setAutoWidth(true);
        sessions.addColumn(SessionHistoryRow::stopped).setHeader("Stopped early because").setFlexGrow(2);
        List<PainRating> rated = progress.ratingHistory(memberId);
        List<SessionHistoryRow> done = progress.sessionHistory(memberId);
        ratings.setItems(rated);
        sessions.setItems(done);
        sessions.setHeight("16rem");
        // on a phone the two tables give way to one card per day (progress.css)
        HistoryDayCards days = new HistoryDayCards("client-history-days");
        days.show(rated, done, ClientHistoryPanel::sessionLine, (day, rating) -> null);
        H4 ratingsHeading = new H4("Ratings");
        H4 sessionsHeading = new H4("Sessions");
        for (var wide : List.of(ratingsHeading, ratings, sessionsHeading, sessions)) {
            wide.addClassName("history-wide");
        }
        body().add(days, ratingsHeading, ratings, sessionsHeading, sessions);
    }

    /** The member's words for a session, with what the coach's table adds: a pain rise and why it stopped early. */
    private static String sessionLine(SessionHistoryRow s) {
        String stopped = s.stopped();
        return HistoryDayCards.sessionLine(s) + (s.painRose() ? " (rose)" : s.badPainResponse() ? " (high)" : "")
                + (stopped == null || stopped.isBlank() || "–".equals(stopped) ? "" : "; stopped early because " + stopped);
    }

    private static String pain(Integer score) {
        return score == null ? "–" : score.toString();
    }
}
