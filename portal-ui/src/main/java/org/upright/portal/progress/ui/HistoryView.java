package org.upright.portal.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.kernel.member.MemberAccess;
import org.upright.portal.base.ui.HistoryDayCards;
import org.upright.tracker.progress.MemberProgressService;
import org.upright.tracker.pain.PainDiary;
import org.upright.tracker.progress.SessionHistoryRow;
import org.upright.kernel.BodyArea;
import org.upright.kernel.text.Dates;
import org.upright.tracker.pain.PainRating;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The member's ratings and sessions of the last year; ratings of the last 30 days can be changed. */
@Route("history")
@Menu(title = "history.nav", order = 50, icon = "vaadin:calendar")
@RolesAllowed("MEMBER")
@StyleSheet("context://upright/progress.css")
class HistoryView extends Main implements HasDynamicTitle {

    private final MemberProgressService progress;
    private final PainDiary diary;
    private final long memberId;
    private final Grid<PainRating> ratings = new Grid<>();
    private final Grid<SessionHistoryRow> sessions = new Grid<>();
    /** The same days as cards, one per day with its rating and sessions: what a phone shows (CSS picks). */
    private final HistoryDayCards dayCards = new HistoryDayCards("history-days");

    HistoryView(MemberProgressService progress, PainDiary diary, MemberAccess access) {
        this.progress = progress;
        this.diary = diary;
        this.memberId = access.requireCurrentMember().id();
        addClassName("page");
        setId("history");

        Button addDay = new Button(getTranslation("history.add-past-day"), e -> edit(diary.todaysDate().minusDays(1)));
        addDay.setId("add-past-day");
        LocalDate oldest = diary.oldestEditableDay();
        ratings.setId("rating-history");
        ratings.addColumn(r -> Dates.dayWithWeekday(r.day())).setHeader(getTranslation("history.column.day")).setAutoWidth(true);
        ratings.addColumn(PainRating::score).setHeader(getTranslation("history.column.pain")).setAutoWidth(true);
        ratings.addColumn(r -> r.bodyAreas().stream().map(BodyArea::label).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("history.column.where"));
        ratings.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("history.column.note"));
        ratings.addComponentColumn(r -> {
            Button change = new Button(getTranslation("history.change"), e -> edit(r.day()));
            change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            change.getElement().setAttribute("aria-label", getTranslation("history.change.label", Dates.dayWithWeekday(r.day())));
            change.setEnabled(!r.day().isBefore(oldest));
            return change;
        }).setHeader("").setAutoWidth(true);
        ratings.setHeight("24rem");

        sessions.setId("session-history");
        sessions.addColumn(s -> Dates.dayWithWeekday(s.session().day())).setHeader(getTranslation("history.column.day"))
                .setAutoWidth(true);
        sessions.addColumn(SessionHistoryRow::routineTitle).setHeader(getTranslation("history.column.routine"));
        sessions.addColumn(s -> getTranslation("history.steps", s.session().stepsCompleted(), s.session().stepsTotal()))
                .setHeader(getTranslation("history.column.steps"));
        sessions.addColumn(s -> getTranslation("history.minutes", Math.round(s.session().durationSeconds() / 60.0)))
                .setHeader(getTranslation("history.column.time"));
        sessions.addColumn(SessionHistoryRow::heldOfPlanned).setHeader(getTranslation("history.column.held"));
        sessions.addColumn(s -> painChange(s.session().painBefore(), s.session().painAfter())).setHeader(getTranslation("history.column.pain-change"));
        sessions.setHeight("20rem");

        ratings.addClassName("history-wide");
        sessions.addClassName("history-wide");
        H2 sessionsHeading = new H2(getTranslation("history.sessions"));
        sessionsHeading.addClassName("history-wide");
        add(new H2(getTranslation("history.ratings")), new Paragraph(getTranslation("history.ratings.intro")), addDay,
                dayCards, ratings, sessionsHeading, sessions);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title");
    }

    private void edit(LocalDate day) {
        new RatingDialog(diary, day, this::refresh).open();
    }

    private void refresh() {
        List<PainRating> rated = progress.ratingHistory(memberId);
        List<SessionHistoryRow> done = progress.sessionHistory(memberId);
        ratings.setItems(rated);
        sessions.setItems(done);
        showDayCards(rated, done);
    }

    private void showDayCards(List<PainRating> rated, List<SessionHistoryRow> done) {
        LocalDate oldest = diary.oldestEditableDay();
        dayCards.show(rated, done, HistoryDayCards::sessionLine, (day, rating) -> {
            if (day.isBefore(oldest)) {
                return null;
            }
            Button change = new Button(getTranslation(rating == null ? "history.add" : "history.change"), e -> edit(day));
            change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            // the spoken name starts with the words on the button (voice control users say those)
            change.getElement().setAttribute("aria-label",
                    getTranslation(rating == null ? "history.add.label" : "history.change.label", Dates.dayWithWeekday(day)));
            return change;
        });
    }

    static String painChange(Integer before, Integer after) {
        return HistoryDayCards.painChange(before, after);
    }
}
