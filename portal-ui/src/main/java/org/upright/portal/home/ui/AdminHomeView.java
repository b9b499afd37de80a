package org.upright.portal.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.accounts.AccountService;
import org.upright.kernel.Role;
import org.upright.accounts.RoleCount;

import java.util.Map;

/** An admin's home: how many accounts of each role exist and are enabled. */
@Route("admin")
@PageTitle("Overview")
@Menu(title = "Overview", order = 0, icon = "vaadin:dashboard")
@RolesAllowed("ADMIN")
class AdminHomeView extends Main {

    AdminHomeView(AccountService accounts) {
        addClassName("page");
        setId("admin-home");
        add(new H2("Accounts"));
        Map<Role, RoleCount> counts = accounts.countsByRole();
        Div tiles = new Div();
        tiles.addClassName("tiles");
        tiles.add(tile("Members", counts.get(Role.MEMBER)), tile("Coaches", counts.get(Role.COACH)),
                tile("Admins", counts.get(Role.ADMIN)));
        add(tiles);
    }

    private static Div tile(String label, RoleCount count) {
        Span number = new Span(Long.toString(count.total()));
        number.addClassName("tile-number");
        Span caption = new Span(label);
        Span enabled = new Span(count.enabled() + " enabled");
        enabled.addClassName("tile-note");
        Div tile = new Div(number, caption, enabled);
        tile.addClassName("tile");
        tile.setId("count-" + count.role().name().toLowerCase());
        return tile;
    }
}
