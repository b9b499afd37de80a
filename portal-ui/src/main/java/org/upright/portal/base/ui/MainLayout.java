package org.upright.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.kernel.Role;
import org.upright.kernel.i18n.Wording;
import org.upright.tracker.coaching.ConversationService;

import java.util.Optional;

/**
 * The frame around every signed-in view. The menu lists only the views the signed-in role
 * may open (Vaadin filters {@code @Menu} entries through the same access checks as navigation).
 * It names the signed-in user for the browser's kept input ({@link KeptInput}).
 */
@Layout
@JavaScript("context://upright/kept/kept.js")
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final SideNav nav = new SideNav();
    private final ConversationService conversations;
    private final boolean member;
    private final Span unreadBadge = new Span();

    public MainLayout(AuthenticationContext authentication, AccountService accounts, ConversationService conversations) {
        this.conversations = conversations;
        Optional<AccountProfile> profile = accounts.currentProfile();
        this.member = profile.map(p -> p.role() == Role.MEMBER).orElse(false);
        unreadBadge.addClassNames("badge", "menu-badge");
        unreadBadge.setId("menu-unread-messages");
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");
        addToNavbar(new DrawerToggle(), viewTitle);

        Span brand = new Span(getTranslation("base.brand"));
        brand.addClassName("brand");
        nav.setLabel(getTranslation("base.menu.label"));
        addToDrawer(brand, new Scroller(nav), footer(authentication, profile));
        profile.ifPresent(p -> getElement().setAttribute(KeptInput.USER_ATTRIBUTE, String.valueOf(p.id())));
    }

    private Component footer(AuthenticationContext authentication, Optional<AccountProfile> profile) {
        Div footer = new Div();
        footer.addClassName("drawer-footer");
        profile.ifPresent(p -> footer.add(whoAmI(p)));
        Button signOut = new Button(getTranslation("base.sign-out"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        footer.add(signOut);
        return footer;
    }

    private static Component whoAmI(AccountProfile profile) {
        Avatar avatar = new Avatar(profile.displayName());
        Span name = new Span(profile.displayName());
        name.addClassName("who-name");
        Span role = new Span(profile.role().label());
        role.addClassName("who-role");
        Div who = new Div(avatar, new Div(name, role));
        who.addClassName("who");
        return who;
    }

    private void buildMenu() {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(translated(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            if (member && MessagesCard.MESSAGES_ROUTE.equals(entry.path().replaceFirst("^/", ""))) {
                item.setSuffixComponent(unreadBadge);
            }
            nav.addItem(item);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (nav.getItems().isEmpty()) {
            buildMenu();
        }
        // a view's own title (HasDynamicTitle) is already in the UI's language; @PageTitle and @Menu titles are keys
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).map(this::translated).orElse(""));
        if (member) {
            showUnread();
        }
    }

    /** A menu or page title: its text when it is a bundle key, else as written (a view's own translated title). */
    private String translated(String title) {
        return title != null && Wording.has(title) ? getTranslation(title) : title;
    }

    /** The member's count of new messages from their coach, next to "Messages"; read again on each navigation. */
    private void showUnread() {
        int unread = conversations.myUnreadCount();
        unreadBadge.setText(String.valueOf(unread));
        unreadBadge.getElement().setAttribute("aria-label", getTranslation("base.menu.unread", unread));
        unreadBadge.setVisible(unread > 0);
    }
}
