package org.upright.portal.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.accounts.AccountService;
import org.upright.kernel.Role;
import org.upright.accounts.RoleCount;

import java.util.Map;

/** An admin's home: how many accounts of each role exist and are enabled. */
@Route("admin")
@Menu(title = "home.admin.nav", order = 0, icon = "vaadin:dashboard")
@RolesAllowed("ADMIN")
class AdminHomeView extends Main implements HasDynamicTitle {

    AdminHomeView(AccountService accounts) {
        addClassName("page");
        setId("admin-home");
        add(new H2(getTranslation("home.admin.accounts")));
        Map<Role, RoleCount> counts = accounts.countsByRole();
        Div tiles = new Div();
        tiles.addClassName("tiles");
        tiles.add(tile(getTranslation("home.admin.members"), counts.get(Role.MEMBER)),
                tile(getTranslation("home.admin.coaches"), counts.get(Role.COACH)),
                tile(getTranslation("home.admin.admins"), counts.get(Role.ADMIN)));
        add(tiles);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.admin.title");
    }

    private Div tile(String label, RoleCount count) {
        Span number = new Span(Long.toString(count.total()));
        number.addClassName("tile-number");
        Span caption = new Span(label);
        Span enabled = new Span(getTranslation("home.admin.enabled", count.enabled()));
        enabled.addClassName("tile-note");
        Div tile = new Div(number, caption, enabled);
        tile.addClassName("tile");
        tile.setId("count-" + count.role().name().toLowerCase());
        return tile;
    }
}
