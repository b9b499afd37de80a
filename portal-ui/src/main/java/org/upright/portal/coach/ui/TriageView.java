package org.upright.portal.coach.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import org.upright.portal.mail.MailedPortalLinks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.upright.tracker.cohort.CoachClientsService;
import org.upright.tracker.cohort.TriageAlert;
import org.upright.kernel.text.Dates;

/**
 * Open alerts across the coach's clients, most severe first: worsening beyond the MCID, then
 * runs of high scores, then inactivity. "Seen" records who looked, and when.
 */
@Route(MailedPortalLinks.TRIAGE)
@Menu(title = "coach.triage.nav", order = 10, icon = "vaadin:bell")
@RolesAllowed("COACH")
@StyleSheet("context://upright/coach.css")
class TriageView extends Main implements HasDynamicTitle {

    private final CoachClientsService clients;
    private final Grid<TriageAlert> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    TriageView(CoachClientsService clients) {
        this.clients = clients;
        addClassName("page");
        setId("triage");
        summary.setId("triage-summary");
        grid.setId("triage-grid");
        grid.addComponentColumn(a -> AlertBadges.badge(a.kind())).setHeader(getTranslation("coach.triage.alert")).setKey("kind").setAutoWidth(true);
        grid.addComponentColumn(a -> new RouterLink(a.memberName(), ClientDetailView.class, a.memberId()))
                .setHeader(getTranslation("coach.triage.client")).setKey("client").setFlexGrow(1);
        grid.addColumn(TriageAlert::description).setHeader(getTranslation("coach.triage.what")).setKey("description").setFlexGrow(3);
        grid.addColumn(a -> Dates.day(a.from()) + (a.from().equals(a.to()) ? "" : " – " + Dates.day(a.to())))
                .setHeader(getTranslation("coach.triage.days")).setKey("days").setAutoWidth(true);
        grid.addComponentColumn(this::seenButton).setHeader("").setKey("seen").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> clients.triage(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) clients.countTriage());
        grid.setEmptyStateText(getTranslation("coach.triage.empty"));
        add(summary, grid);
        refresh();
    }

    private Button seenButton(TriageAlert alert) {
        Button seen = new Button(getTranslation("coach.alerts.seen"), e -> {
            clients.acknowledge(alert.memberId(), alert.kind());
            Notification.show(getTranslation("coach.triage.marked", ClientWording.alert(alert.kind()), alert.memberName()));
            refresh();
        });
        seen.addThemeVariants(ButtonVariant.LUMO_SMALL);
        seen.setAriaLabel(getTranslation("coach.triage.mark", ClientWording.alert(alert.kind()), alert.memberName()));
        return seen;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long open = clients.countTriage();
        summary.setText(getTranslation("coach.triage.summary", open));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coach.triage.title");
    }
}
