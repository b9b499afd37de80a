package org.upright.portal.audit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.accounts.AccountAdminService;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditEntry;
import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditTarget;
import org.upright.portal.base.ui.AccessDeniedView;
import org.upright.portal.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountAdminService admin;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void adminsFilterTheLogByWhoAndWhat() {
        AccountProfile actor = accounts.create(Role.ADMIN);
        AccountProfile member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(actor);
        admin.setEnabled(member.id(), false);
        admin.setEnabled(member.id(), true);

        navigate(AuditLogView.class);
        assertThat($(SideNav.class).single().getItems()).extracting(SideNavItem::getLabel).contains("Accounts", "Audit log");
        test($(TextField.class).id("audit-actor")).setValue(actor.username());
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("action"))).isEqualTo("Account enabled");
        assertThat(test(grid).getCellText(1, test(grid).getColumnPosition("target"))).isEqualTo("Account " + member.username());

        test($(Select.class).id("audit-action")).selectItem("Account disabled");
        assertThat(test(grid).size()).isEqualTo(1);
    }

    @Test
    void anEntryOpensToItsFullDetails() {
        AccountProfile actor = accounts.create(Role.ADMIN);
        TestAccounts.signIn(actor);
        // longer than any grid cell shows, with a line break the dialog keeps
        String details = "Imported starter content:\n" + "wall-press, doorway-chest-stretch, hip-flexor-stretch; ".repeat(12) + "end of list";
        transactions.executeWithoutResult(tx ->
                audit.record(AuditAction.CONTENT_STATUS_CHANGED, new AuditTarget("ROUTINE", 42L, "Wall press"), details));

        navigate(AuditLogView.class);
        test($(TextField.class).id("audit-actor")).setValue(actor.username());
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        AuditEntry entry = test(grid).getRow(0);
        assertThat($(Dialog.class).all()).isEmpty();

        Button open = (Button) test(grid).getCellComponent(0, "open");
        assertThat(open.getId()).hasValue("audit-open-" + entry.id());
        test(open).click();
        Dialog dialog = $(Dialog.class).id("audit-entry-dialog");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo(AuditAction.CONTENT_STATUS_CHANGED.label());
        assertThat($(Div.class).id("audit-entry-details").getElement().getTextRecursively())
                .contains(actor.username(), "Routine Wall press (id 42)", details);

        test($(Button.class).id("audit-entry-close")).click();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void coachesAndMembersCannotOpenIt() {
        for (Role role : new Role[] {Role.COACH, Role.MEMBER}) {
            TestAccounts.signIn(accounts.create(role));
            navigate("admin/audit", AccessDeniedView.class);
            navigate("admin/accounts", AccessDeniedView.class);
        }
    }
}
