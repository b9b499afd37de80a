package org.upright.portal.coach.ui;

import org.upright.portal.base.ui.Texts;
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
        super(Texts.text("coach.history.title"), "client-history");
        Grid<PainRating> ratings = new Grid<>();
        ratings.setId("client-ratings");
        ratings.addColumn(r -> Dates.day(r.day())).setHeader(getTranslation("coach.history.day")).setAutoWidth(true);
        ratings.addColumn(PainRating::score).setHeader(getTranslation("coach.history.pain")).setAutoWidth(true);
        ratings.addColumn(r -> r.bodyAreas().stream().map(BodyArea::label).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("coach.history.where"));
        ratings.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("coach.history.note")).setFlexGrow(3);
        ratings.setHeight("20rem");

        Grid<SessionHistoryRow> sessions = new Grid<>();
        sessions.setId("client-sessions");
        sessions.addColumn(s -> Dates.day(s.session().day())).setHeader(getTranslation("coach.history.day")).setAutoWidth(true);
        sessions.addColumn(SessionHistoryRow::routineTitle).setHeader(getTranslation("coach.history.routine")).setFlexGrow(2);
        sessions.addColumn(s -> getTranslation("coach.history.steps.value", s.session().stepsCompleted(), s.session().stepsTotal()))
                .setHeader(getTranslation("coach.history.steps"));
        sessions.addColumn(s -> getTranslation("coach.history.time.value", Math.round(s.session().durationSeconds() / 60.0)))
                .setHeader(getTranslation("coach.history.time"));
        sessions.addColumn(SessionHistoryRow::heldOfPlanned).setHeader(getTranslation("coach.history.held")).setAutoWidth(true);
        sessions.addColumn(s -> HistoryDayCards.painChange(s.session().painBefore(), s.session().painAfter()) + painMark(s))
                .setHeader(getTranslation("coach.history.pain-change"));
        sessions.addColumn(SessionHistoryRow::easier).setHeader(getTranslation("coach.history.easier")).setAutoWidth(true);
        sessions.addColumn(SessionHistoryRow::stopped).setHeader(getTranslation("coach.history.stopped")).setFlexGrow(2);
        List<PainRating> rated = progress.ratingHistory(memberId);
        List<SessionHistoryRow> done = progress.sessionHistory(memberId);
        ratings.setItems(rated);
        sessions.setItems(done);
        sessions.setHeight("16rem");
        // on a phone the two tables give way to one card per day (progress.css)
        HistoryDayCards days = new HistoryDayCards("client-history-days");
        days.show(rated, done, ClientHistoryPanel::sessionLine, (day, rating) -> null);
        H4 ratingsHeading = new H4(getTranslation("coach.history.ratings"));
        H4 sessionsHeading = new H4(getTranslation("coach.history.sessions"));
        for (var wide : List.of(ratingsHeading, ratings, sessionsHeading, sessions)) {
            wide.addClassName("history-wide");
        }
        body().add(days, ratingsHeading, ratings, sessionsHeading, sessions);
    }

    /** The member's words for a session, with what the coach's table adds: a pain rise and why it stopped early. */
    private static String sessionLine(SessionHistoryRow s) {
        String stopped = s.stopped();
        return HistoryDayCards.sessionLine(s) + painMark(s)
                + (stopped == null || stopped.isBlank() || "–".equals(stopped) ? "" : Texts.text("coach.history.stopped-because", stopped));
    }

    /** " (rose)" after a pain that rose in the session, " (high)" after one that ended high. */
    private static String painMark(SessionHistoryRow s) {
        return s.painRose() ? " " + Texts.text("coach.history.rose") : s.badPainResponse() ? " " + Texts.text("coach.history.high") : "";
    }
}
