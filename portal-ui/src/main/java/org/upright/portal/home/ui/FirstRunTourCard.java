package org.upright.portal.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.upright.portal.base.ui.Links;
import org.upright.portal.base.ui.ScreeningGate;
import org.upright.tracker.onboarding.FirstRunTour;
import org.upright.tracker.onboarding.FirstRunTourService;
import org.upright.tracker.onboarding.TourStep;

import java.util.Locale;
import java.util.Optional;

/**
 * "Getting started" at the top of a new member's Today: the first steps with what is done, a link
 * to the next one, and Skip. Progress comes from what the member did, so it resumes where it was.
 */
class FirstRunTourCard extends Div {

    /** The card, or empty once the tour was skipped or seen finished. */
    static Optional<FirstRunTourCard> of(FirstRunTourService tours) {
        return tours.mine().map(tour -> new FirstRunTourCard(tours, tour));
    }

    private FirstRunTourCard(FirstRunTourService tours, FirstRunTour tour) {
        setId("first-run-tour");
        addClassNames("card", "tour");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Getting started");
        if (tour.allDone()) {
            add(new H3("You're all set"), new Paragraph("Your first steps are done. Come back each day to rate "
                    + "your pain and do today's routine; your trend builds from there."));
            return;
        }
        add(new H3("Getting started"),
                new Paragraph("A few first steps, in this order. Each one is ticked off as you do it; "
                        + "you can stop and come back at any time."));
        OrderedList steps = new OrderedList();
        steps.addClassName("tour-steps");
        for (TourStep step : tour.steps()) {
            steps.add(step(step, tour.isDone(step), tour.next().filter(step::equals).isPresent()));
        }
        Button skip = new Button("Skip the tour", e -> {
            tours.skip();
            removeFromParent();
        });
        skip.setId("tour-skip");
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(steps, skip);
    }

    private static ListItem step(TourStep step, boolean done, boolean next) {
        Span title = new Span(title(step));
        title.addClassName("tour-step-title");
        Span state = new Span(done ? "Done" : next ? "Next" : "To do");
        state.addClassNames("tour-step-state", done ? "done" : "open");
        ListItem item = new ListItem(title, state);
        item.setId("tour-" + step.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        item.addClassName(done ? "tour-step-done" : "tour-step-open");
        if (!done) {
            item.add(new Paragraph(hint(step)));
            action(step).ifPresent(item::add);
        }
        return item;
    }

    static String title(TourStep step) {
        return switch (step) {
            case SAFETY_QUESTIONS -> "Answer the safety questions";
            case PROGRAM -> "Choose a program";
            case REMINDER -> "Set a daily reminder";
            case CHECK_IN -> "Rate your pain for the first time";
        };
    }

    private static String hint(TourStep step) {
        return switch (step) {
            case SAFETY_QUESTIONS -> "A few questions that tell you whether it is safe to start exercising.";
            case PROGRAM -> "A program plans your routines week by week. Your coach may also choose one for you.";
            case REMINDER -> "Choose a time for an e-mail on days when you have not checked in or done "
                    + "today's routine yet.";
            case CHECK_IN -> "Rate today's pain from 0 to 10 in the check-in below. Your trend starts here.";
        };
    }

    private static Optional<Component> action(TourStep step) {
        return switch (step) {
            case SAFETY_QUESTIONS -> Optional.of(Links.to(ScreeningGate.ROUTE, "Answer the questions"));
            case PROGRAM -> Optional.of(Links.to("programs", "See the programs"));
            case REMINDER -> Optional.of(Links.to("profile", "Choose a time"));
            case CHECK_IN -> Optional.empty();
        };
    }
}
