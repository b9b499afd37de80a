package org.upright.portal.content.routine.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.upright.content.routine.Difficulty;
import org.upright.content.routine.RoutineFilter;
import org.upright.content.routine.RoutineRow;
import org.upright.content.routine.RoutineService;
import org.upright.portal.content.ui.AdminListView;
import org.upright.portal.base.ui.ContentFormat;
import org.upright.portal.content.ui.StatusBadge;

import java.util.List;

/** All routines for admins, filtered, sorted and paged in the database. */
@Route("admin/routines")
@PageTitle("Routines")
@Menu(title = "Routines", order = 20, icon = "vaadin:timer")
@RolesAllowed("ADMIN")
class RoutineAdminListView extends AdminListView<RoutineRow> {

    private final RoutineService routines;
    private final Select<Difficulty> difficulty = new Select<>();

    RoutineAdminListView(RoutineService routines) {
        super("admin/routines", "New routine", RoutineRow::id);
        this.routines = routines;
        difficulty.setLabel("Difficulty");
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(d -> d == null ? "Any difficulty" : d.label());
        difficulty.setEmptySelectionAllowed(true);
        difficulty.setEmptySelectionCaption("Any difficulty");
        difficulty.setId("filter-difficulty");
        difficulty.addValueChangeListener(e -> refresh());
        addFilter(difficulty);

        grid.addColumn(RoutineRow::title).setHeader("Title").setSortProperty("title").setFlexGrow(3);
        grid.addComponentColumn(r -> new StatusBadge(r.status())).setHeader("Status").setSortProperty("status");
        grid.addColumn(r -> r.publishedVersion() == null ? "–" : "v" + r.publishedVersion()).setHeader("Version")
                .setSortProperty("publishedVersion");
        grid.addColumn(r -> r.difficulty().label()).setHeader("Difficulty").setSortProperty("difficulty");
        grid.addColumn(r -> r.equipment().label()).setHeader("Equipment").setSortProperty("equipment");
        grid.addColumn(r -> ContentFormat.day(r.updatedAt())).setHeader("Updated").setSortProperty("updatedAt");
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
