package org.upright.portal.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.upright.accounts.AccountService;
import org.upright.kernel.Role;
import org.upright.portal.coach.ui.ClientsView;

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
        event.forwardTo(switch (role) {
            case MEMBER -> MemberHomeView.class;
            case COACH -> ClientsView.class;
            case ADMIN -> AdminHomeView.class;
        });
    }
}
