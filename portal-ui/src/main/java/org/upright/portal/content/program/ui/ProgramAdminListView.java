package org.upright.portal.content.program.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.upright.content.program.ProgramFilter;
import org.upright.content.program.ProgramRow;
import org.upright.content.program.ProgramService;
import org.upright.portal.content.ui.AdminListView;
import org.upright.portal.base.ui.ContentFormat;
import org.upright.portal.content.ui.StatusBadge;

import java.util.List;

/** All programs for admins, filtered, sorted and paged in the database. */
@Route("admin/programs")
@PageTitle("Programs")
@Menu(title = "Programs", order = 30, icon = "vaadin:calendar")
@RolesAllowed("ADMIN")
class ProgramAdminListView extends AdminListView<ProgramRow> {

    private final ProgramService programs;

    ProgramAdminListView(ProgramService programs) {
        super("admin/programs", "New program", ProgramRow::id);
        this.programs = programs;
        grid.addColumn(ProgramRow::title).setHeader("Title").setSortProperty("title").setFlexGrow(3);
        grid.addComponentColumn(r -> new StatusBadge(r.status())).setHeader("Status").setSortProperty("status");
        grid.addColumn(r -> r.weeks() + (r.weeks() == 1 ? " week" : " weeks")).setHeader("Length").setSortProperty("weeks");
        grid.addColumn(r -> ContentFormat.day(r.updatedAt())).setHeader("Updated").setSortProperty("updatedAt");
    }

    private ProgramFilter filter() {
        return new ProgramFilter(statusFilter(), textFilter());
    }

    @Override
    protected List<ProgramRow> fetch(Pageable pageable) {
        return programs.list(filter(), pageable).getContent();
    }

    @Override
    protected long count() {
        return programs.count(filter());
    }
}
