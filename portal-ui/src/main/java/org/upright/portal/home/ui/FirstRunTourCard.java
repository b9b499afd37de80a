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
        getElement().setAttribute("aria-label", getTranslation("home.tour.title"));
        if (tour.allDone()) {
            add(new H3(getTranslation("home.tour.all-set")), new Paragraph(getTranslation("home.tour.all-set.text")));
            return;
        }
        add(new H3(getTranslation("home.tour.title")), new Paragraph(getTranslation("home.tour.intro")));
        OrderedList steps = new OrderedList();
        steps.addClassName("tour-steps");
        for (TourStep step : tour.steps()) {
            steps.add(step(step, tour.isDone(step), tour.next().filter(step::equals).isPresent()));
        }
        Button skip = new Button(getTranslation("home.tour.skip"), e -> {
            tours.skip();
            removeFromParent();
        });
        skip.setId("tour-skip");
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(steps, skip);
    }

    private ListItem step(TourStep step, boolean done, boolean next) {
        Span title = new Span(title(step));
        title.addClassName("tour-step-title");
        Span state = new Span(getTranslation(done ? "home.tour.state.done" : next ? "home.tour.state.next" : "home.tour.state.to-do"));
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

    /** The step's title in the UI's language (words: {@code home.tour.step.<NAME>}). */
    String title(TourStep step) {
        return getTranslation("home.tour.step." + step.name());
    }

    private String hint(TourStep step) {
        return getTranslation("home.tour.hint." + step.name());
    }

    private Optional<Component> action(TourStep step) {
        return switch (step) {
            case SAFETY_QUESTIONS -> Optional.of(Links.to(ScreeningGate.ROUTE, getTranslation("home.tour.action.SAFETY_QUESTIONS")));
            case PROGRAM -> Optional.of(Links.to("programs", getTranslation("home.tour.action.PROGRAM")));
            case REMINDER -> Optional.of(Links.to("profile", getTranslation("home.tour.action.REMINDER")));
            case CHECK_IN -> Optional.empty();
        };
    }
}
