package org.upright.portal.audit.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditEntry;
import org.upright.accounts.audit.AuditFilter;
import org.upright.accounts.audit.AuditLogService;
import org.upright.kernel.text.Dates;

import java.time.ZoneId;
import java.util.List;

/** The audit log for admins: who changed which account, assignment or content, and when. */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(title = "Audit log", order = 50, icon = "vaadin:records")
@RolesAllowed("ADMIN")
@StyleSheet("context://upright/accounts.css")
class AuditLogView extends Main {

    private final AuditLogService log;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField actor = new TextField("Who");
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final ZoneId zone;

    AuditLogView(AuditLogService log) {
        this.log = log;
        // one zone for every reader of the log, named in the column header, so times compare across admins
        this.zone = ZoneId.of("UTC");
        addClassName("page");
        setId("audit-log");
        add(filters(), grid());
    }

    private Div filters() {
        actor.setPlaceholder("Username");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setId("audit-actor");
        actor.addValueChangeListener(e -> refresh());
        action.setLabel("What");
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("Every action");
        action.setItemLabelGenerator(a -> a == null ? "Every action" : a.label());
        action.setId("audit-action");
        action.addValueChangeListener(e -> refresh());
        from.setId("audit-from");
        from.setClearButtonVisible(true);
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.setId("audit-to");
        to.setClearButtonVisible(true);
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            refresh();
        });
        Div filters = new Div(actor, action, from, to);
        filters.addClassName("filters");
        return filters;
    }

    private Grid<AuditEntry> grid() {
        grid.setId("audit-grid");
        Grid.Column<AuditEntry> when = grid.addColumn(e -> Dates.moment(e.at(), zone)).setHeader("When (UTC)")
                .setSortProperty("at").setKey("at").setAutoWidth(true);
        grid.addColumn(AuditEntry::actorUsername).setHeader("Who").setSortProperty("actorUsername").setKey("actor");
        grid.addColumn(e -> e.action().label()).setHeader("What").setSortProperty("action").setKey("action");
        grid.addColumn(AuditLogView::target).setHeader("Target").setSortProperty("targetLabel").setKey("target");
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader("Details").setKey("details").setFlexGrow(2);
        grid.addComponentColumn(this::openButton).setHeader("").setKey("open").setAutoWidth(true).setFlexGrow(0);
        // a click on the row opens the entry too; the button is there for keyboards and to show it can be done
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.sort(List.of(new GridSortOrder<>(when, SortDirection.DESCENDING)));
        grid.setItems(query -> log.find(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) log.count(currentFilter()));
        grid.setEmptyStateText("Nothing matches these filters.");
        return grid;
    }

    private Button openButton(AuditEntry entry) {
        Button open = new Button("Full entry", e -> open(entry));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.setId("audit-open-" + entry.id());
        open.setAriaLabel("Full entry: " + entry.action().label() + ", " + Dates.moment(entry.at(), zone));
        return open;
    }

    private void open(AuditEntry entry) {
        new AuditEntryDialog(entry, zone, target(entry)).open();
    }

    private static String target(AuditEntry e) {
        String type = e.targetType().charAt(0) + e.targetType().substring(1).toLowerCase(java.util.Locale.ROOT);
        return type + " " + (e.targetLabel() == null ? "#" + e.targetId() : e.targetLabel());
    }

    private AuditFilter currentFilter() {
        return new AuditFilter(actor.getValue(), action.getValue(), from.getValue(), to.getValue(), zone);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
