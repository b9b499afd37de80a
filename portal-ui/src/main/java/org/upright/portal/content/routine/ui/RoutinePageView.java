package org.upright.portal.content.routine.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.content.routine.PublishedRoutine;
import org.upright.content.routine.RoutineService;
import org.upright.portal.base.ui.SafetyDisclaimer;
import org.upright.portal.base.ui.ScreeningGate;
import org.upright.tracker.screening.ScreeningService;
import org.upright.tracker.screening.ScreeningState;
import org.upright.content.routine.RoutineStep;
import org.upright.kernel.BodyArea;
import org.upright.accounts.AccountService;
import org.upright.kernel.Role;
import org.upright.content.routine.RoutineTiming;
import org.upright.portal.base.ui.Links;

import java.util.stream.Collectors;

/** A published routine: what it works on, how long it takes, each step with its safety cue, and Start. */
@Route("routines/:slug")
@RolesAllowed({"MEMBER", "COACH"})
@StyleSheet("context://upright/content.css")
class RoutinePageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RoutineService routines;
    private final AccountService accounts;
    private final ScreeningService screening;
    private String title = getTranslation("content.routine.page.title");
    private ScreeningState state;

    RoutinePageView(RoutineService routines, AccountService accounts, ScreeningService screening) {
        this.routines = routines;
        this.accounts = accounts;
        this.screening = screening;
        addClassNames("page", "routine-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        state = null;
        if (isMember()) {
            state = ScreeningGate.check(event, screening);
            if (state.status() == ScreeningState.Status.NEEDED) {
                return;
            }
        }
        String slug = event.getRouteParameters().get("slug").orElse("");
        routines.findPublishedBySlug(slug).ifPresentOrElse(this::show, () -> {
            title = getTranslation("content.routine.page.not-found");
            add(Links.back("routines", getTranslation("content.routine.page.back")), new H2(title),
                    new Paragraph(getTranslation("content.routine.page.not-found.text")));
        });
    }

    private void show(PublishedRoutine r) {
        title = r.title();
        H2 heading = new H2(r.title());
        heading.setId("routine-title");
        Paragraph lead = new Paragraph(r.summary());
        lead.addClassName("lead");

        // one node for the four facts (see StepCard): time, areas, difficulty, equipment
        org.jsoup.nodes.Element factBox = StepCard.shell().appendElement("div").addClass("facts");
        fact(factBox, "routine-total", VaadinIcon.CLOCK, RoutineTiming.duration(r.totalSeconds()));
        fact(factBox, "routine-areas", VaadinIcon.CROSSHAIRS,
                r.areas().stream().map(BodyArea::label).collect(Collectors.joining(", ")));
        fact(factBox, null, VaadinIcon.CHART, r.difficulty().label());
        fact(factBox, null, VaadinIcon.TOOLBOX, r.equipment().label());
        com.vaadin.flow.component.Html facts = new com.vaadin.flow.component.Html(factBox.outerHtml());

        // the listener keeps only the address, not the routine with all its steps
        String run = "routines/" + r.slug() + "/run";
        Button start = new Button(getTranslation("content.routine.page.start"), VaadinIcon.PLAY.create(),
                e -> UI.getCurrent().navigate(run));
        start.setId("start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClassName("start-button");

        OrderedList steps = new OrderedList();
        steps.setId("routine-steps");
        steps.addClassName("steps");
        r.steps().forEach(s -> steps.add(step(s)));

        add(Links.back("routines", getTranslation("content.routine.page.back")), heading, lead, facts);
        org.upright.portal.content.ui.ContentLanguageMark.mark(r.language(), heading, lead);
        // coaches read routines too, but only members run them (once their screening is clear)
        if (state != null) {
            add(state.mayStart() ? start : ScreeningGate.pausedNote());
        }
        add(new SafetyDisclaimer());
        add(new H3(getTranslation("content.page.steps")), steps);
        if (!r.relatedArticles().isEmpty()) {
            UnorderedList reading = new UnorderedList();
            r.relatedArticles().forEach(a -> reading.add(new ListItem(Links.to("library/" + a.slug(), a.title()))));
            Div box = new Div(new H3(getTranslation("content.page.read-more")), reading);
            box.addClassNames("card", "related");
            add(box);
        }
    }

    private boolean isMember() {
        return accounts.currentProfile().map(p -> p.role() == Role.MEMBER).orElse(false);
    }

    /** One node per card (see {@link StepCard}): a card of components kept ~25 state nodes per member UI. */
    private com.vaadin.flow.component.Html step(RoutineStep s) {
        return StepCard.of(s, new StepCard.Labels(getTranslation("content.routine.page.moving"),
                getTranslation("content.routine.page.easier"), getTranslation("content.routine.page.harder")));
    }

    /** A fact: its icon and its text (escaped), in a {@code span.fact}. */
    private static void fact(org.jsoup.nodes.Element box, String id, VaadinIcon icon, String text) {
        org.jsoup.nodes.Element fact = box.appendElement("span").addClass("fact");
        if (id != null) {
            fact.id(id);
        }
        fact.appendElement("vaadin-icon").attr("icon", icon.create().getElement().getAttribute("icon"));
        fact.appendText(text);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
