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

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** "Today" on the member home: the program's routines for today with Start, or programs to pick from. */
class TodayCard extends Div {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMM", Locale.ENGLISH);

    static TodayCard create() {
        return Instantiator.get(UI.getCurrent()).getOrCreate(TodayCard.class);
    }

    TodayCard(MemberPlanService plans) {
        setId("today-plan");
        addClassNames("card", "today-card");
        Optional<TodayPlan> plan = plans.today();
        plan.ifPresent(this::show);
        if (plan.isEmpty()) {
            suggest(plans, "Pick a program",
                    "A program tells you which stretches to do each day. Choose one to get a daily plan here.");
        } else if (plan.get().stage() == ProgramDays.Stage.FINISHED) {
            suggest(plans, "What next?", "You can start another program, or repeat this one.");
        }
    }

    private void show(TodayPlan plan) {
        add(new H3(switch (plan.stage()) {
            case NOT_STARTED -> plan.programTitle() + " starts " + WEEKDAY.format(plan.startDate());
            case ACTIVE -> "Day " + plan.day() + " of " + plan.lastDay() + " · " + plan.programTitle();
            case FINISHED -> "You finished " + plan.programTitle();
        }));
        if (plan.stage() == ProgramDays.Stage.ACTIVE && plan.routines().isEmpty()) {
            add(new Paragraph("Rest day: nothing planned. A short walk keeps your back moving."));
        }
        plan.routines().forEach(r -> add(row(r)));
        if (plan.allDone()) {
            Paragraph done = new Paragraph("All done for today. Well done!");
            done.addClassName("today-all-done");
            add(done);
        }
        if (plan.next() != null) {
            Paragraph next = new Paragraph("Next: day " + plan.next().day() + " (" + WEEKDAY.format(plan.next().date())
                    + ") · " + String.join(", ", plan.next().routineTitles()));
            next.addClassName("today-next");
            add(next);
        }
        add(new Paragraph(Links.to("programs/" + plan.programSlug(), "See the whole program")));
    }

    private static Component row(PlannedRoutine r) {
        Span title = new Span(Links.to("routines/" + r.slug(), r.title()));
        title.addClassName("today-routine-title");
        Span length = new Span(ContentFormat.duration(r.totalSeconds()));
        length.addClassName("meta");
        Div text = new Div(title, length);
        Div row = new Div(text);
        row.addClassName("today-routine");
        row.getElement().setAttribute("data-slug", r.slug());
        if (r.done()) {
            Span done = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span("Done"));
            done.addClassName("today-done");
            row.add(done);
        } else {
            Button start = new Button("Start", VaadinIcon.PLAY.create(),
                    e -> UI.getCurrent().navigate("routines/" + r.slug() + "/run"));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.getElement().setAttribute("aria-label", "Start " + r.title());
            row.add(start);
        }
        return row;
    }

    private void suggest(MemberPlanService plans, String heading, String intro) {
        add(new H3(heading), new Paragraph(intro));
        for (ProgramSummary p : plans.suggestions()) {
            Div item = new Div(Links.to("programs/" + p.slug(), p.title()),
                    new Span(" · " + p.weeks() + (p.weeks() == 1 ? " week" : " weeks")));
            item.addClassName("today-suggestion");
            add(item);
        }
    }
}
