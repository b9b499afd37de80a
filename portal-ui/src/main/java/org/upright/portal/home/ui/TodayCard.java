package org.upright.portal.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.di.Instantiator;
import org.upright.content.program.ProgramSummary;
import org.upright.portal.base.ui.ContentFormat;
import org.upright.portal.base.ui.Links;
import org.upright.tracker.plan.MemberPlanService;
import org.upright.tracker.program.ProgramDays;
import org.upright.tracker.plan.TodayPlan;
import org.upright.tracker.plan.TodayPlan.PlannedRoutine;

import org.upright.portal.base.ui.ScreeningGate;
import org.upright.tracker.screening.ScreeningService;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** "Today" on the member home: the program's routines for today with Start, or programs to pick from. */
class TodayCard extends Div {

    static TodayCard create() {
        return Instantiator.get(UI.getCurrent()).getOrCreate(TodayCard.class);
    }

    private final boolean mayStart;
    /** "Tuesday 3 Mar", "Dienstag, 3. März": the pattern is in the bundle. */
    private final DateTimeFormatter weekday;

    TodayCard(MemberPlanService plans, ScreeningService screening) {
        mayStart = screening.mine().mayStart();
        weekday = DateTimeFormatter.ofPattern(getTranslation("home.today.weekday-pattern"), getLocale());
        setId("today-plan");
        addClassNames("card", "today-card");
        Optional<TodayPlan> plan = plans.today();
        plan.ifPresent(this::show);
        if (plan.isEmpty()) {
            suggest(plans, getTranslation("home.today.pick"), getTranslation("home.today.pick.text"));
        } else if (plan.get().stage() == ProgramDays.Stage.FINISHED) {
            suggest(plans, getTranslation("home.today.what-next"), getTranslation("home.today.what-next.text"));
        }
    }

    private void show(TodayPlan plan) {
        add(new H3(switch (plan.stage()) {
            case NOT_STARTED -> getTranslation("home.today.starts", plan.programTitle(), weekday.format(plan.startDate()));
            case ACTIVE -> getTranslation("home.today.day", plan.day(), plan.lastDay(), plan.programTitle());
            case FINISHED -> getTranslation("home.today.finished", plan.programTitle());
        }));
        if (plan.stage() == ProgramDays.Stage.ACTIVE && plan.routines().isEmpty()) {
            add(new Paragraph(getTranslation("home.today.rest-day")));
        }
        if (!mayStart) {
            add(ScreeningGate.pausedNote());
        }
        plan.routines().forEach(r -> add(row(r)));
        if (plan.allDone()) {
            Paragraph done = new Paragraph(getTranslation("home.today.all-done"));
            done.addClassName("today-all-done");
            add(done);
        }
        if (plan.next() != null) {
            Paragraph next = new Paragraph(getTranslation("home.today.next", plan.next().day(),
                    weekday.format(plan.next().date()), String.join(", ", plan.next().routineTitles())));
            next.addClassName("today-next");
            add(next);
        }
        add(new Paragraph(Links.to("programs/" + plan.programSlug(), getTranslation("home.today.whole-program"))));
    }

    private Component row(PlannedRoutine r) {
        Span title = new Span(Links.to("routines/" + r.slug(), r.title()));
        title.addClassName("today-routine-title");
        Span length = new Span(ContentFormat.duration(r.totalSeconds()));
        length.addClassName("meta");
        Div text = new Div(title, length);
        Div row = new Div(text);
        row.addClassName("today-routine");
        row.getElement().setAttribute("data-slug", r.slug());
        if (r.done()) {
            Span done = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("home.today.done")));
            done.addClassName("today-done");
            row.add(done);
        } else if (mayStart) {
            Button start = new Button(getTranslation("home.today.start"), VaadinIcon.PLAY.create(),
                    e -> UI.getCurrent().navigate("routines/" + r.slug() + "/run"));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.getElement().setAttribute("aria-label", getTranslation("home.today.start.label", r.title()));
            row.add(start);
        }
        return row;
    }

    private void suggest(MemberPlanService plans, String heading, String intro) {
        add(new H3(heading), new Paragraph(intro));
        for (ProgramSummary p : plans.suggestions()) {
            Div item = new Div(Links.to("programs/" + p.slug(), p.title()),
                    new Span(getTranslation("home.today.weeks", p.weeks())));
            item.addClassName("today-suggestion");
            add(item);
        }
    }
}
