package org.upright.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.upright.kernel.BodyArea;
import org.upright.kernel.text.Dates;
import org.upright.tracker.pain.PainRating;
import org.upright.tracker.progress.SessionHistoryRow;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A member's ratings and sessions as one card per day, newest first: what a phone shows instead of
 * the ratings and sessions tables (progress.css shows one or the other by width; the tables carry
 * the class {@code history-wide}). Used by the member's History and the coach's client page.
 */
@StyleSheet("context://upright/progress.css")
public class HistoryDayCards extends Div {

    public HistoryDayCards(String id) {
        setId(id);
        addClassName("history-days");
    }

    /**
     * Shows the days; {@code sessionLine} words one session, {@code action} gives a day (and its
     * rating, or null) a button to add or change it, or null for none.
     */
    public void show(List<PainRating> rated, List<SessionHistoryRow> done, Function<SessionHistoryRow, String> sessionLine,
                     BiFunction<LocalDate, PainRating, Component> action) {
        Map<LocalDate, PainRating> ratingByDay = rated.stream().collect(Collectors.toMap(PainRating::day, r -> r));
        Map<LocalDate, List<SessionHistoryRow>> sessionsByDay = done.stream()
                .collect(Collectors.groupingBy(s -> s.session().day()));
        TreeSet<LocalDate> days = new TreeSet<>(Comparator.reverseOrder());
        days.addAll(ratingByDay.keySet());
        days.addAll(sessionsByDay.keySet());
        removeAll();
        if (days.isEmpty()) {
            add(new Paragraph(getTranslation("base.history.empty")));
        }
        for (LocalDate day : days) {
            Div card = new Div();
            card.addClassNames("card", "history-day");
            card.add(new H3(Dates.dayWithWeekday(day)));
            PainRating rating = ratingByDay.get(day);
            if (rating != null) {
                String where = rating.bodyAreas().stream().sorted().map(BodyArea::label).collect(Collectors.joining(", "));
                card.add(new Paragraph(getTranslation("base.history.pain", rating.score()) + (where.isEmpty() ? "" : " · " + where)));
                if (rating.note() != null && !rating.note().isBlank()) {
                    Paragraph note = new Paragraph(rating.note());
                    note.addClassName("history-note");
                    card.add(note);
                }
            } else {
                card.add(new Paragraph(getTranslation("base.history.no-rating")));
            }
            for (SessionHistoryRow s : sessionsByDay.getOrDefault(day, List.of())) {
                card.add(new Paragraph(sessionLine.apply(s)));
            }
            Component button = action.apply(day, rating);
            if (button != null) {
                card.add(button);
            }
            add(card);
        }
    }

    /** "Wall press: 4 of 4 steps, 4 min, held 2:10 of 2:10, pain 4 → 3". */
    public static String sessionLine(SessionHistoryRow s) {
        String change = painChange(s.session().painBefore(), s.session().painAfter());
        long minutes = Math.round(s.session().durationSeconds() / 60.0);
        return "–".equals(s.heldOfPlanned())
                ? Texts.text("base.history.session", s.routineTitle(), s.session().stepsCompleted(), s.session().stepsTotal(), minutes, change)
                : Texts.text("base.history.session-held", s.routineTitle(), s.session().stepsCompleted(), s.session().stepsTotal(), minutes,
                change, s.heldOfPlanned());
    }

    /** "4 → 3", with "–" for a pain not given. */
    public static String painChange(Integer before, Integer after) {
        return (before == null ? "–" : before.toString()) + " → " + (after == null ? "–" : after.toString());
    }
}
