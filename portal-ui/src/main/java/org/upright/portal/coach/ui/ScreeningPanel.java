package org.upright.portal.coach.ui;

import java.time.Instant;
import org.upright.kernel.text.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.upright.tracker.screening.ScreeningResult;
import org.upright.tracker.screening.ScreeningService;
import org.upright.tracker.screening.ScreeningState;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The client's safety screening on the coach's client page: state, every answer with its time, and "clear". */
class ScreeningPanel extends Div {

    private final ScreeningService screening;
    private final long memberId;
    private final ZoneId zone;

    ScreeningPanel(ScreeningService screening, long memberId, ZoneId zone) {
        this.screening = screening;
        this.memberId = memberId;
        this.zone = zone;
        addClassName("card");
        setId("client-screening");
        render();
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("coach.screening.title")));
        ScreeningState state = screening.stateForCoach(memberId);
        add(new Paragraph(switch (state.status()) {
            case NEEDED -> getTranslation(state.latest().isEmpty() ? "coach.screening.not-answered" : "coach.screening.due");
            case BLOCKED -> getTranslation("coach.screening.blocked");
            case CLEAR -> getTranslation("coach.screening.clear");
        }));
        if (state.status() == ScreeningState.Status.BLOCKED) {
            Button clear = new Button(getTranslation("coach.screening.clear-by-coach"), e -> {
                screening.clearByCoach(memberId);
                render();
            });
            clear.setId("screening-clear-by-coach");
            add(clear);
        }
        for (ScreeningResult r : screening.historyForCoach(memberId)) {
            Div one = new Div();
            one.addClassName("screening-entry");
            String cleared = r.clearedAt() == null ? "" : " · " + getTranslation(r.clearedHow() == ScreeningResult.ClearedHow.COACH
                    ? "coach.screening.cleared-by-coach" : "coach.screening.cleared-by-member", when(r.clearedAt()));
            one.add(new Paragraph(getTranslation("coach.screening.answered", when(r.answeredAt())) + cleared));
            UnorderedList answers = new UnorderedList();
            r.answers().forEach((q, yes) -> answers.add(new ListItem(getTranslation(yes ? "coach.screening.yes" : "coach.screening.no", q.text()))));
            one.add(answers);
            add(one);
        }
    }

    /** "3 Nov 2026 14:05": the day as everywhere, the time to the minute. */
    private String when(Instant at) {
        return getTranslation("coach.screening.when", Dates.day(at, zone), TIME.format(at.atZone(zone)));
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
}
