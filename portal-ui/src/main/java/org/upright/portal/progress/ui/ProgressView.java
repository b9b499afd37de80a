package org.upright.portal.progress.ui;

import org.upright.portal.base.ui.ProgressTiles;
import org.upright.portal.base.ui.PainChart;
import org.upright.portal.base.ui.ExportLinks;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.kernel.member.MemberAccess;
import org.upright.tracker.export.MemberExportService;
import org.upright.tracker.progress.MemberProgressService;
import org.upright.tracker.progress.ProgressOverview;
import org.upright.tracker.progress.ProgressWording;

/** The member's own progress: chart over 30/90/365 days, baseline vs current, adherence, pain response, exports. */
@Route("progress")
@Menu(title = "progress.nav", order = 40, icon = "vaadin:chart-line")
@RolesAllowed("MEMBER")
@StyleSheet("context://upright/progress.css")
class ProgressView extends Main implements HasDynamicTitle {

    private final MemberProgressService progress;
    private final long memberId;
    private final Paragraph summary = new Paragraph();
    private final PainChart chart = new PainChart();
    private final Div plan = new Div();
    private final Div response = new Div();

    ProgressView(MemberProgressService progress, MemberExportService exports, MemberAccess access) {
        this.progress = progress;
        this.memberId = access.requireCurrentMember().id();
        addClassName("page");
        setId("progress");
        summary.addClassName("progress-summary");
        summary.setId("progress-summary");

        RadioButtonGroup<Integer> range = new RadioButtonGroup<>(getTranslation("progress.range"));
        range.setId("range");
        range.setItems(30, 90, 365);
        range.setItemLabelGenerator(days -> getTranslation("progress.range.days", days));
        range.setValue(30);
        range.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        plan.addClassName("tiles");
        plan.setId("adherence");
        response.addClassName("card");
        response.setId("pain-response");
        add(new H2(getTranslation("progress.title")), summary, range, chart, new H3(getTranslation("progress.plan")), plan,
                response, new ExportLinks(exports, memberId, getTranslation("progress.your-data")));
        show(30);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title");
    }

    private void show(int days) {
        ProgressOverview overview = progress.overview(memberId, days);
        summary.setText(ProgressWording.summary(overview.pain()));
        chart.show(overview.series(), overview.baseline());
        plan.removeAll();
        plan.add(ProgressTiles.of(overview));
        response.removeAll();
        response.add(new H3(getTranslation("progress.response")));
        if (overview.painResponse().isEmpty()) {
            response.add(new Paragraph(ProgressWording.painResponseNeeds()));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("pain-response");
            overview.painResponse().forEach(r -> list.add(new ListItem(ProgressWording.painResponse(r))));
            response.add(list);
        }
    }
}
