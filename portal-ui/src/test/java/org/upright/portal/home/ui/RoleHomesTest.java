package org.upright.portal.home.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.tracker.cohort.ClientProgressRow;
import org.upright.portal.coach.ui.ClientsView;
import org.upright.portal.base.ui.AccessDeniedView;
import org.upright.portal.testing.TestAccounts;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class RoleHomesTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void memberLandsOnTodayAndSeesOnlyMemberMenu() {
        AccountProfile coach = accounts.create(Role.COACH);
        TestAccounts.signIn(accounts.screened(accounts.create(Role.MEMBER, coach.id())));
        navigate("", MemberHomeView.class);
        assertThat($(H2.class).first().getText()).contains("Mia");
        assertThat(menuTitles()).contains("Today").doesNotContain("My clients", "Overview");
        assertThat(getCurrentView().getElement().getText()).isNotNull();
    }

    @Test
    void coachLandsOnClientListWithOnlyOwnClients() {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile otherCoach = accounts.create(Role.COACH);
        AccountProfile mine = accounts.create(Role.MEMBER, coach.id());
        AccountProfile theirs = accounts.create(Role.MEMBER, otherCoach.id());
        TestAccounts.signIn(coach);
        navigate("", ClientsView.class);
        @SuppressWarnings("unchecked")
        Grid<ClientProgressRow> grid = $(Grid.class).single();
        List<Long> shown = IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).memberId()).toList();
        assertThat(shown).containsExactly(mine.id()).doesNotContain(theirs.id());
        assertThat(menuTitles()).contains("My clients", "Triage").doesNotContain("Today", "Overview");
    }

    @Test
    void adminLandsOnOverviewWithAccountCounts() {
        TestAccounts.signIn(accounts.create(Role.ADMIN));
        navigate("", AdminHomeView.class);
        assertThat(menuTitles()).contains("Overview").doesNotContain("Today", "My clients");
        assertThat($view(com.vaadin.flow.component.html.Div.class).id("count-admin").getElement().getTextRecursively()).matches("(?s)[1-9]\\d*Admins\\d+ enabled");
    }

    @Test
    void memberCannotOpenCoachOrAdminViews() {
        TestAccounts.signIn(accounts.screened(accounts.create(Role.MEMBER)));
        navigate("admin", AccessDeniedView.class);
        navigate("coach", AccessDeniedView.class);
        assertThat($(AccessDeniedView.class).single().getElement().getTextRecursively()).contains("don't have access");
    }

    @Test
    void coachCannotOpenAdminOrMemberViews() {
        TestAccounts.signIn(accounts.create(Role.COACH));
        navigate("admin", AccessDeniedView.class);
        navigate("today", AccessDeniedView.class);
    }

    private List<String> menuTitles() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
