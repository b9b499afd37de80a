package org.upright.portal.audit.ui;

import org.upright.portal.base.ui.ComponentTexts;
import org.upright.kernel.i18n.Wording;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "audit.nav", order = 50, icon = "vaadin:records")
@RolesAllowed("ADMIN")
@StyleSheet("context://upright/accounts.css")
class AuditLogView extends Main implements HasDynamicTitle {

    private final AuditLogService log;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField actor = new TextField(getTranslation("audit.who"));
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = ComponentTexts.localized(new DatePicker(getTranslation("audit.from")));
    private final DatePicker to = ComponentTexts.localized(new DatePicker(getTranslation("audit.to")));
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
        actor.setPlaceholder(getTranslation("audit.who.placeholder"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setId("audit-actor");
        actor.addValueChangeListener(e -> refresh());
        action.setLabel(getTranslation("audit.what"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.what.every"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.what.every") : a.label());
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
        Grid.Column<AuditEntry> when = grid.addColumn(e -> Dates.moment(e.at(), zone)).setHeader(getTranslation("audit.when"))
                .setSortProperty("at").setKey("at").setAutoWidth(true);
        grid.addColumn(AuditEntry::actorUsername).setHeader(getTranslation("audit.who")).setSortProperty("actorUsername").setKey("actor");
        grid.addColumn(e -> e.action().label()).setHeader(getTranslation("audit.what")).setSortProperty("action").setKey("action");
        grid.addColumn(this::target).setHeader(getTranslation("audit.target")).setSortProperty("targetLabel").setKey("target");
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader(getTranslation("audit.details")).setKey("details").setFlexGrow(2);
        grid.addComponentColumn(this::openButton).setHeader("").setKey("open").setAutoWidth(true).setFlexGrow(0);
        // a click on the row opens the entry too; the button is there for keyboards and to show it can be done
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.sort(List.of(new GridSortOrder<>(when, SortDirection.DESCENDING)));
        grid.setItems(query -> log.find(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) log.count(currentFilter()));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        return grid;
    }

    private Button openButton(AuditEntry entry) {
        Button open = new Button(getTranslation("audit.entry.open"), e -> open(entry));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.setId("audit-open-" + entry.id());
        open.setAriaLabel(getTranslation("audit.entry.open.aria", entry.action().label(), Dates.moment(entry.at(), zone)));
        return open;
    }

    private void open(AuditEntry entry) {
        new AuditEntryDialog(entry, zone, target(entry)).open();
    }

    /** "Account anna", "Routine #42": the target's kind in the UI's language (its type's key), then its name. */
    private String target(AuditEntry e) {
        String typeKey = "audit.target." + e.targetType().toLowerCase(java.util.Locale.ROOT);
        String type = Wording.has(typeKey) ? getTranslation(typeKey)
                : e.targetType().charAt(0) + e.targetType().substring(1).toLowerCase(java.util.Locale.ROOT);
        return type + " " + (e.targetLabel() == null ? "#" + e.targetId() : e.targetLabel());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    private AuditFilter currentFilter() {
        return new AuditFilter(actor.getValue(), action.getValue(), from.getValue(), to.getValue(), zone);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
