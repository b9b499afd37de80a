package org.upright.portal.coach.ui;

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

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

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
        add(new H3("Safety screening"));
        ScreeningState state = screening.stateForCoach(memberId);
        add(new Paragraph(switch (state.status()) {
            case NEEDED -> state.latest().isEmpty() ? "Not answered yet: asked before the first routine."
                    : "Due again (90 days passed, a new program or a new symptom).";
            case BLOCKED -> "Paused: a yes answer nobody has cleared yet. Routines cannot start.";
            case CLEAR -> "Clear: routines may start.";
        }));
        if (state.status() == ScreeningState.Status.BLOCKED) {
            Button clear = new Button("Clear: I have checked and exercise may go ahead", e -> {
                screening.clearByCoach(memberId);
                render();
            });
            clear.setId("screening-clear-by-coach");
            add(clear);
        }
        for (ScreeningResult r : screening.historyForCoach(memberId)) {
            Div one = new Div();
            one.addClassName("screening-entry");
            String cleared = r.clearedAt() == null ? "" : " · cleared " + WHEN.format(r.clearedAt().atZone(zone))
                    + (r.clearedHow() == ScreeningResult.ClearedHow.COACH ? " by a coach" : " by the member (saw a clinician)");
            one.add(new Paragraph("Answered " + WHEN.format(r.answeredAt().atZone(zone)) + cleared));
            UnorderedList answers = new UnorderedList();
            r.answers().forEach((q, yes) -> answers.add(new ListItem((yes ? "YES: " : "no: ") + q.text())));
            one.add(answers);
            add(one);
        }
    }
}
