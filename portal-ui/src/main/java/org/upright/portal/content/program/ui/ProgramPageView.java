package org.upright.portal.content.program.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.content.program.ProgramDay;
import org.upright.content.program.ProgramService;
import org.upright.accounts.AccountService;
import org.upright.kernel.Role;
import org.upright.tracker.plan.MemberPlanService;
import org.upright.tracker.enrollment.EnrollmentView;

import java.util.Optional;
import org.upright.content.program.ProgramView;
import org.upright.content.routine.RoutineRef;
import org.upright.content.routine.RoutineTiming;
import org.upright.portal.base.ui.Links;

/** A published program: what it is for, how long it runs, and its schedule week by week. */
@Route("programs/:slug")
@RolesAllowed({"MEMBER", "COACH"})
@StyleSheet("context://upright/content.css")
class ProgramPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgramService programs;
    private final MemberPlanService plans;
    private final AccountService accounts;
    private String title = getTranslation("content.program.page.title");

    ProgramPageView(ProgramService programs, MemberPlanService plans, AccountService accounts) {
        this.programs = programs;
        this.plans = plans;
        this.accounts = accounts;
        addClassNames("page", "program-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("slug").orElse("");
        programs.findPublishedBySlug(slug).ifPresentOrElse(this::show, () -> {
            title = getTranslation("content.program.page.not-found");
            add(Links.to("programs", getTranslation("content.program.page.back")), new H2(title),
                    new Paragraph(getTranslation("content.program.page.not-found.text")));
        });
    }

    private void show(ProgramView p) {
        title = p.title();
        H2 heading = new H2(p.title());
        heading.setId("program-title");
        Span facts = new Span(getTranslation("content.program.page.facts",
                getTranslation("content.programs.weeks", p.weeks()), p.schedule().size(), p.lastDay()));
        facts.addClassName("meta");
        add(Links.to("programs", getTranslation("content.program.page.back")), heading, facts);
        org.upright.portal.content.ui.ContentLanguageMark.mark(p.language(), heading);
        p.description().lines().filter(l -> !l.isBlank()).forEach(l -> add(new Paragraph(l)));
        if (accounts.currentProfile().map(me -> me.role() == Role.MEMBER).orElse(false)) {
            Optional<EnrollmentView> current = plans.currentEnrollment();
            String currentTitle = current.filter(e -> e.programId() != p.id())
                    .flatMap(e -> programs.findPublished(e.programId()))
                    .map(ProgramView::title).orElseGet(() -> getTranslation("content.program.page.another"));
            add(new EnrollPanel(plans, p, current, currentTitle));
        }

        Div weeks = new Div();
        weeks.setId("program-schedule");
        for (int week = 1; week <= p.weeks(); week++) {
            UnorderedList days = new UnorderedList();
            days.addClassName("week-days");
            for (int day = (week - 1) * 7 + 1; day <= week * 7; day++) {
                days.add(day(day, p));
            }
            Div section = new Div(new H3(getTranslation("content.program.page.week", week)), days);
            section.addClassNames("card", "week");
            weeks.add(section);
        }
        add(weeks);
        if (!p.relatedArticles().isEmpty()) {
            UnorderedList reading = new UnorderedList();
            p.relatedArticles().forEach(a -> reading.add(new ListItem(Links.to("library/" + a.slug(), a.title()))));
            Div box = new Div(new H3(getTranslation("content.page.read-more")), reading);
            box.addClassNames("card", "related");
            add(box);
        }
    }

    private ListItem day(int day, ProgramView p) {
        Span label = new Span(getTranslation("content.program.page.day", day));
        label.addClassName("day-label");
        ListItem item = new ListItem(label);
        if (p.routinesOn(day).isEmpty()) {
            Span rest = new Span(getTranslation("content.program.page.rest"));
            rest.addClassName("rest");
            item.add(rest);
            return item;
        }
        for (RoutineRef r : p.routinesOn(day)) {
            Span entry = new Span(Links.to("routines/" + r.slug(), r.title()),
                    new Span(" " + RoutineTiming.duration(r.totalSeconds())));
            entry.addClassName("day-routine");
            item.add(entry);
        }
        if (p.routinesOn(day).size() > 1) {
            int total = p.schedule().stream().filter(d -> d.day() == day).mapToInt(ProgramDay::totalSeconds).sum();
            Span sum = new Span(getTranslation("content.program.page.together", RoutineTiming.duration(total)));
            sum.addClassName("day-total");
            item.add(sum);
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
