package org.upright.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.upright.tracker.screening.ScreeningService;
import org.upright.tracker.screening.ScreeningState;

/** Sends a member without a valid screening to it (route "screening") before Today, routines and the timer. */
public final class ScreeningGate {

    public static final String ROUTE = "screening";

    private ScreeningGate() {
    }

    /** Reroutes when the member has no valid screening; returns the state otherwise. */
    public static ScreeningState check(BeforeEnterEvent event, ScreeningService screening) {
        ScreeningState state = screening.mine();
        if (state.status() == ScreeningState.Status.NEEDED) {
            event.rerouteTo(ROUTE);
        }
        return state;
    }

    /** The note shown instead of Start while routines are paused. */
    public static com.vaadin.flow.component.html.Paragraph pausedNote() {
        com.vaadin.flow.component.html.Paragraph note = new com.vaadin.flow.component.html.Paragraph();
        note.add(new com.vaadin.flow.component.html.Span(Texts.text("base.screening-gate.paused") + " "),
                Links.to(ROUTE, Texts.text("base.screening-gate.what-to-do")));
        note.addClassName("screening-paused");
        note.setId("screening-paused");
        return note;
    }
}
