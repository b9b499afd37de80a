package org.upright.portal.home.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.portal.account.AccountService;
import org.upright.portal.account.ClientSummary;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A coach's home: the members assigned to them. */
@Route("coach")
@PageTitle("My clients")
@Menu(title = "My clients", order = 0, icon = "vaadin:users")
@RolesAllowed("COACH")
class CoachHomeView extends Main {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    CoachHomeView(AccountService accounts) {
        addClassName("page");
        setId("coach-home");
        List<ClientSummary> clients = accounts.myClients();
        add(new H2("Your clients"));
        if (clients.isEmpty()) {
            add(new Paragraph("No members are assigned to you yet."));
            return;
        }
        Grid<ClientSummary> grid = new Grid<>();
        grid.addColumn(ClientSummary::displayName).setHeader("Name").setSortable(true);
        grid.addColumn(ClientSummary::username).setHeader("Username").setSortable(true);
        grid.addColumn(c -> c.enabled() ? "Active" : "Disabled").setHeader("Status");
        grid.addColumn(c -> DAY.format(c.joinedAt())).setHeader("Joined");
        grid.setItems(clients);
        grid.setAllRowsVisible(true);
        grid.setId("clients");
        add(grid);
    }
}
