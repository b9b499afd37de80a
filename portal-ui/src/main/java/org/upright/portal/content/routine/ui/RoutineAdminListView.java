package org.upright.portal.content.routine.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.upright.content.routine.Difficulty;
import org.upright.content.routine.RoutineFilter;
import org.upright.content.routine.RoutineRow;
import org.upright.content.routine.RoutineService;
import org.upright.portal.content.ui.AdminListView;
import org.upright.kernel.text.Dates;
import org.upright.portal.content.ui.StatusBadge;

import java.time.ZoneOffset;
import java.util.List;

/** All routines for admins, filtered, sorted and paged in the database. */
@Route("admin/routines")
@Menu(title = "content.nav.routines", order = 20, icon = "vaadin:timer")
@RolesAllowed("ADMIN")
class RoutineAdminListView extends AdminListView<RoutineRow> implements HasDynamicTitle {

    private final RoutineService routines;
    private final Select<Difficulty> difficulty = new Select<>();

    RoutineAdminListView(RoutineService routines) {
        super("admin/routines", "content.editor.new.ROUTINE", RoutineRow::id);
        this.routines = routines;
        difficulty.setLabel(getTranslation("content.field.difficulty"));
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(d -> d == null ? getTranslation("content.list.any-difficulty") : d.label());
        difficulty.setEmptySelectionAllowed(true);
        difficulty.setEmptySelectionCaption(getTranslation("content.list.any-difficulty"));
        difficulty.setId("filter-difficulty");
        difficulty.addValueChangeListener(e -> refresh());
        addFilter(difficulty);

        grid.addColumn(RoutineRow::title).setHeader(getTranslation("content.field.title")).setSortProperty("title")
                .setFlexGrow(3);
        grid.addComponentColumn(r -> new StatusBadge(r.status())).setHeader(getTranslation("content.field.status"))
                .setSortProperty("status");
        grid.addColumn(r -> r.publishedVersion() == null ? "–"
                        : getTranslation("content.list.version.value", r.publishedVersion()))
                .setHeader(getTranslation("content.list.version")).setSortProperty("publishedVersion");
        grid.addColumn(r -> r.difficulty().label()).setHeader(getTranslation("content.field.difficulty"))
                .setSortProperty("difficulty");
        grid.addColumn(r -> r.equipment().label()).setHeader(getTranslation("content.field.equipment"))
                .setSortProperty("equipment");
        grid.addColumn(r -> Dates.day(r.updatedAt(), ZoneOffset.UTC)).setHeader(getTranslation("content.list.updated"))
                .setSortProperty("updatedAt");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.nav.routines");
    }

    private RoutineFilter filter() {
        return new RoutineFilter(statusFilter(), difficulty.getValue(), textFilter());
    }

    @Override
    protected List<RoutineRow> fetch(Pageable pageable) {
        return routines.list(filter(), pageable).getContent();
    }

    @Override
    protected long count() {
        return routines.count(filter());
    }
}
