package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.upright.accounts.AccountAdminService;
import org.upright.accounts.mfa.SecondFactorService;
import org.upright.accounts.AccountFilter;
import org.upright.accounts.AccountRow;
import org.upright.accounts.AccountService;
import org.upright.kernel.Role;
import org.upright.portal.base.ui.InviteDialog;
import org.upright.kernel.text.Dates;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Admins' account list: filtered, sorted and paged in the database. Each row opens the account's
 * dialog; selected members can be given one coach at once.
 */
@Route("admin/accounts")
@PageTitle("Accounts")
@Menu(title = "Accounts", order = 40, icon = "vaadin:users")
@RolesAllowed("ADMIN")
@StyleSheet("context://upright/accounts.css")
class AccountsView extends Main {

    static final String ANY_STATUS = "Any status";
    static final String ENABLED = "Enabled";
    static final String DISABLED = "Disabled";

    private final SecondFactorService secondFactors;
    private final AccountAdminService admin;
    private final ZoneId zone;
    private final Grid<AccountRow> grid = new Grid<>();
    private final Button assignCoach = new Button("Assign coach…", VaadinIcon.USER_CHECK.create());
    private AccountFilter filter = AccountFilter.ALL;

    private final InvitationService invitations;

    AccountsView(AccountAdminService admin, AccountService accounts, InvitationService invitations,
                 SecondFactorService secondFactors) {
        this.admin = admin;
        this.invitations = invitations;
        this.secondFactors = secondFactors;
        this.zone = accounts.requireCurrentProfile().zone();
        addClassName("page");
        setId("accounts");
        add(toolbar(), filters(), grid());
    }

    private Div toolbar() {
        Button create = new Button("New account", VaadinIcon.PLUS.create(),
                e -> new NewAccountDialog(admin, created -> refresh()).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-account");
        assignCoach.setId("bulk-assign-coach");
        assignCoach.setEnabled(false);
        assignCoach.addClickListener(e -> {
            Set<AccountRow> selected = grid.getSelectedItems();
            new BulkCoachDialog(admin, List.copyOf(selected), this::refresh).open();
        });
        Button invite = new Button("Invite by e-mail", VaadinIcon.ENVELOPE.create(), e -> {
            List<CoachOption> coaches = admin.coaches();
            var coach = CoachPicker.create("Coach", coaches);
            coach.setId("invite-coach");
            new InviteDialog(invitations, coach, () -> coach.getValue() == null ? null : coach.getValue().id(),
                    invited -> refresh()).open();
        });
        invite.setId("invite-member");
        Div toolbar = new Div(create, invite, assignCoach);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private Div filters() {
        TextField text = new TextField("Search");
        text.setPlaceholder("Name or username");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setId("account-search");
        text.addValueChangeListener(e -> applyFilter(filter.withText(e.getValue())));

        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("All roles");
        role.setItemLabelGenerator(r -> r == null ? "All roles" : r.label());
        role.setId("role-filter");
        role.addValueChangeListener(e -> applyFilter(filter.withRole(e.getValue())));

        Select<String> status = new Select<>();
        status.setLabel("Status");
        status.setItems(ANY_STATUS, ENABLED, DISABLED);
        status.setValue(ANY_STATUS);
        status.setId("status-filter");
        status.addValueChangeListener(e -> applyFilter(filter.withEnabled(switch (e.getValue()) {
            case ENABLED -> Boolean.TRUE;
            case DISABLED -> Boolean.FALSE;
            default -> null;
        })));

        Div filters = new Div(text, role, status);
        filters.addClassName("filters");
        return filters;
    }

    private Grid<AccountRow> grid() {
        grid.setId("account-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        Grid.Column<AccountRow> name = grid.addColumn(AccountRow::displayName).setHeader("Name")
                .setSortProperty("displayName").setFlexGrow(2).setKey("displayName");
        grid.addColumn(AccountRow::username).setHeader("Username").setSortProperty("username").setKey("username");
        grid.addColumn(r -> r.role().label()).setHeader("Role").setSortProperty("role").setKey("role");
        grid.addComponentColumn(AccountsView::status).setHeader("Status").setSortProperty("enabled").setKey("enabled");
        grid.addColumn(r -> r.coachName() == null ? "" : r.coachName()).setHeader("Coach")
                .setSortProperty("coachName").setKey("coachName");
        grid.addColumn(r -> Dates.day(r.createdAt(), zone)).setHeader("Created").setSortProperty("createdAt")
                .setKey("createdAt");
        grid.addComponentColumn(this::manageButton).setHeader("").setFlexGrow(0).setAutoWidth(true).setKey("manage");
        grid.setMultiSort(true);
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        grid.setItems(query -> admin.find(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) admin.count(filter));
        grid.addSelectionListener(e -> assignCoach.setEnabled(!e.getAllSelectedItems().isEmpty()));
        grid.setEmptyStateText("No accounts match these filters.");
        return grid;
    }

    private Button manageButton(AccountRow row) {
        Button manage = new Button("Manage", e -> new AccountDialog(admin, secondFactors, row.id(), this::refresh).open());
        manage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        manage.setAriaLabel("Manage " + row.displayName());
        manage.setId("manage-" + row.id());
        return manage;
    }

    private static Span status(AccountRow row) {
        Span status = new Span(row.enabled() ? ENABLED : DISABLED);
        status.addClassNames("status", row.enabled() ? "status-enabled" : "status-disabled");
        return status;
    }

    private void applyFilter(AccountFilter next) {
        filter = next;
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }
}
