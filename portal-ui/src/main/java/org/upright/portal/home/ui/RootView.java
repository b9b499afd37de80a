package org.upright.portal.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.upright.accounts.AccountService;
import org.upright.kernel.Role;

/** "/" sends each role to its own home. */
@Route("")
@PermitAll
class RootView extends Div implements BeforeEnterObserver {

    private final AccountService accounts;

    RootView(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Role role = accounts.currentProfile().map(p -> p.role()).orElse(Role.MEMBER);
        // by route rather than class: the coach's views belong to another feature
        event.forwardTo(switch (role) {
            case MEMBER -> "today";
            case COACH -> "coach";
            case ADMIN -> "admin";
        });
    }
}
