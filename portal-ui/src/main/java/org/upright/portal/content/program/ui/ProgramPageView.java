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
import org.upright.portal.base.ui.ContentFormat;
import org.upright.portal.base.ui.Links;

/** A published program: what it is for, how long it runs, and its schedule week by week. */
@Route("programs/:slug")
@RolesAllowed({"MEMBER", "COACH"})
@StyleSheet("context://upright/content.css")
class ProgramPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgramService programs;
    private final MemberPlanService plans;
    private final AccountService accounts;
    private String title = "Program";

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
            title = "Program not found";
            add(Links.to("programs", "← Programs"), new H2(title),
                    new Paragraph("This program is not available (any more). See the programs list."));
        });
    }

    private void show(ProgramView p) {
        title = p.title();
        H2 heading = new H2(p.title());
        heading.setId("program-title");
        Span facts = new Span(p.weeks() + (p.weeks() == 1 ? " week" : " weeks") + " · " + p.schedule().size()
                + " active days of " + p.lastDay());
        facts.addClassName("meta");
        add(Links.to("programs", "← Programs"), heading, facts);
        org.upright.portal.content.ui.ContentLanguageMark.mark(p.language(), heading);
        p.description().lines().filter(l -> !l.isBlank()).forEach(l -> add(new Paragraph(l)));
        if (accounts.currentProfile().map(me -> me.role() == Role.MEMBER).orElse(false)) {
            Optional<EnrollmentView> current = plans.currentEnrollment();
            String currentTitle = current.filter(e -> e.programId() != p.id())
                    .flatMap(e -> programs.findPublished(e.programId()))
                    .map(ProgramView::title).orElse("another program");
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
            Div section = new Div(new H3("Week " + week), days);
            section.addClassNames("card", "week");
            weeks.add(section);
        }
        add(weeks);
        if (!p.relatedArticles().isEmpty()) {
            UnorderedList reading = new UnorderedList();
            p.relatedArticles().forEach(a -> reading.add(new ListItem(Links.to("library/" + a.slug(), a.title()))));
            Div box = new Div(new H3("Read more"), reading);
            box.addClassNames("card", "related");
            add(box);
        }
    }

    private static ListItem day(int day, ProgramView p) {
        Span label = new Span("Day " + day);
        label.addClassName("day-label");
        ListItem item = new ListItem(label);
        if (p.routinesOn(day).isEmpty()) {
            Span rest = new Span("Rest day");
            rest.addClassName("rest");
            item.add(rest);
            return item;
        }
        for (RoutineRef r : p.routinesOn(day)) {
            Span entry = new Span(Links.to("routines/" + r.slug(), r.title()),
                    new Span(" " + ContentFormat.duration(r.totalSeconds())));
            entry.addClassName("day-routine");
            item.add(entry);
        }
        if (p.routinesOn(day).size() > 1) {
            int total = p.schedule().stream().filter(d -> d.day() == day).mapToInt(ProgramDay::totalSeconds).sum();
            Span sum = new Span("together " + ContentFormat.duration(total));
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
