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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "account.nav.accounts", order = 40, icon = "vaadin:users")
@RolesAllowed("ADMIN")
@StyleSheet("context://upright/accounts.css")
class AccountsView extends Main implements HasDynamicTitle {

    private final SecondFactorService secondFactors;
    private final AccountAdminService admin;
    private final ZoneId zone;
    private final Grid<AccountRow> grid = new Grid<>();
    private final Button assignCoach = new Button(getTranslation("account.accounts.assign-coach"),
            VaadinIcon.USER_CHECK.create());
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

    @Override
    public String getPageTitle() {
        return getTranslation("account.accounts.title");
    }

    private Div toolbar() {
        Button create = new Button(getTranslation("account.accounts.new"), VaadinIcon.PLUS.create(),
                e -> new NewAccountDialog(admin, created -> refresh()).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-account");
        assignCoach.setId("bulk-assign-coach");
        assignCoach.setEnabled(false);
        assignCoach.addClickListener(e -> {
            Set<AccountRow> selected = grid.getSelectedItems();
            new BulkCoachDialog(admin, List.copyOf(selected), this::refresh).open();
        });
        Button invite = new Button(getTranslation("account.accounts.invite"), VaadinIcon.ENVELOPE.create(), e -> {
            List<CoachOption> coaches = admin.coaches();
            var coach = CoachPicker.create(getTranslation("account.coach"), coaches);
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
        TextField text = new TextField(getTranslation("account.accounts.search"));
        text.setPlaceholder(getTranslation("account.accounts.search.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setId("account-search");
        text.addValueChangeListener(e -> applyFilter(filter.withText(e.getValue())));

        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("account.role"));
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("account.accounts.all-roles"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("account.accounts.all-roles") : r.label());
        role.setId("role-filter");
        role.addValueChangeListener(e -> applyFilter(filter.withRole(e.getValue())));

        // enabled (true), disabled (false) or any (empty)
        Select<Boolean> status = new Select<>();
        status.setLabel(getTranslation("account.accounts.status"));
        status.setItems(Boolean.TRUE, Boolean.FALSE);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("account.accounts.any-status"));
        status.setItemLabelGenerator(enabled -> enabled == null ? getTranslation("account.accounts.any-status")
                : statusLabel(enabled));
        status.setId("status-filter");
        status.addValueChangeListener(e -> applyFilter(filter.withEnabled(e.getValue())));

        Div filters = new Div(text, role, status);
        filters.addClassName("filters");
        return filters;
    }

    private Grid<AccountRow> grid() {
        grid.setId("account-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        Grid.Column<AccountRow> name = grid.addColumn(AccountRow::displayName)
                .setHeader(getTranslation("account.accounts.column.name"))
                .setSortProperty("displayName").setFlexGrow(2).setKey("displayName");
        grid.addColumn(AccountRow::username).setHeader(getTranslation("account.accounts.column.username"))
                .setSortProperty("username").setKey("username");
        grid.addColumn(r -> r.role().label()).setHeader(getTranslation("account.role"))
                .setSortProperty("role").setKey("role");
        grid.addComponentColumn(this::status).setHeader(getTranslation("account.accounts.status"))
                .setSortProperty("enabled").setKey("enabled");
        grid.addColumn(r -> r.coachName() == null ? "" : r.coachName()).setHeader(getTranslation("account.coach"))
                .setSortProperty("coachName").setKey("coachName");
        grid.addColumn(r -> Dates.day(r.createdAt(), zone)).setHeader(getTranslation("account.accounts.column.created"))
                .setSortProperty("createdAt")
                .setKey("createdAt");
        grid.addComponentColumn(this::manageButton).setHeader("").setFlexGrow(0).setAutoWidth(true).setKey("manage");
        grid.setMultiSort(true);
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        grid.setItems(query -> admin.find(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) admin.count(filter));
        grid.addSelectionListener(e -> assignCoach.setEnabled(!e.getAllSelectedItems().isEmpty()));
        grid.setEmptyStateText(getTranslation("account.accounts.empty"));
        return grid;
    }

    private Button manageButton(AccountRow row) {
        Button manage = new Button(getTranslation("account.accounts.manage"),
                e -> new AccountDialog(admin, secondFactors, row.id(), this::refresh).open());
        manage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        manage.setAriaLabel(getTranslation("account.accounts.manage.aria", row.displayName()));
        manage.setId("manage-" + row.id());
        return manage;
    }

    private String statusLabel(boolean enabled) {
        return getTranslation(enabled ? "account.accounts.enabled" : "account.accounts.disabled");
    }

    private Span status(AccountRow row) {
        Span status = new Span(statusLabel(row.enabled()));
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
