package org.upright.portal.content.program.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.upright.content.program.ProgramFilter;
import org.upright.content.program.ProgramRow;
import org.upright.content.program.ProgramService;
import org.upright.portal.content.ui.AdminListView;
import org.upright.kernel.text.Dates;
import org.upright.portal.content.ui.StatusBadge;

import java.time.ZoneOffset;
import java.util.List;

/** All programs for admins, filtered, sorted and paged in the database. */
@Route("admin/programs")
@Menu(title = "content.nav.programs", order = 30, icon = "vaadin:calendar")
@RolesAllowed("ADMIN")
class ProgramAdminListView extends AdminListView<ProgramRow> implements HasDynamicTitle {

    private final ProgramService programs;

    ProgramAdminListView(ProgramService programs) {
        super("admin/programs", "content.editor.new.PROGRAM", ProgramRow::id);
        this.programs = programs;
        grid.addColumn(ProgramRow::title).setHeader(getTranslation("content.field.title")).setSortProperty("title")
                .setFlexGrow(3);
        grid.addComponentColumn(r -> new StatusBadge(r.status())).setHeader(getTranslation("content.field.status"))
                .setSortProperty("status");
        grid.addColumn(r -> getTranslation("content.programs.weeks", r.weeks()))
                .setHeader(getTranslation("content.list.length")).setSortProperty("weeks");
        grid.addColumn(r -> Dates.day(r.updatedAt(), ZoneOffset.UTC)).setHeader(getTranslation("content.list.updated"))
                .setSortProperty("updatedAt");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.nav.programs");
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
