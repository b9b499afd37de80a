package org.upright.portal.coach.ui;

import org.upright.portal.base.ui.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.upright.portal.coach.ClientProgressRow;
import org.upright.portal.progress.MemberProgressService;
import org.upright.portal.progress.ProgressOverview;
import org.upright.portal.progress.ProgressWording;
import org.upright.portal.base.ui.PainChart;
import org.upright.portal.base.ui.ProgressTiles;
import org.upright.tracker.progress.PainComparison;

/** The chart and numbers the member sees on their progress page, worded for the coach. */
class ClientProgressPanel extends Card {

    private final MemberProgressService progress;
    private final long memberId;
    private final Paragraph summary = new Paragraph();
    private final PainChart chart = new PainChart();
    private final Div tiles = new Div();
    private final UnorderedList response = new UnorderedList();

    ClientProgressPanel(MemberProgressService progress, ClientProgressRow client) {
        super("Progress", "client-progress");
        this.progress = progress;
        this.memberId = client.memberId();
        summary.setId("client-summary");
        summary.addClassName("progress-summary");
        RadioButtonGroup<Integer> range = new RadioButtonGroup<>("Show the last");
        range.setItems(30, 90, 365);
        range.setItemLabelGenerator(days -> days + " days");
        range.setValue(30);
        range.setId("client-range");
        range.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        tiles.addClassName("tiles");
        tiles.setId("client-adherence");
        response.setId("client-pain-response");
        body().add(summary, range, chart, tiles, new H4("Pain before and after sessions"), response);
        show(30);
    }

    private void show(int days) {
        ProgressOverview overview = progress.overview(memberId, days);
        summary.setText(overview.comparison().map(ClientProgressPanel::sentence).orElseGet(() -> overview.baseline()
                .map(b -> "Starting level " + ProgressWording.one(b.mean()) + " out of 10; not enough ratings since to compare.")
                .orElse("Fewer than three rated days so far: no starting level yet.")));
        chart.show(overview.series(), overview.baseline());
        tiles.removeAll();
        tiles.add(ProgressTiles.of(overview));
        response.removeAll();
        overview.painResponse().forEach(r -> response.add(new ListItem(ProgressWording.painResponse(r))));
        if (overview.painResponse().isEmpty()) {
            response.add(new ListItem("No sessions rated before and after yet."));
        }
    }

    static String sentence(PainComparison c) {
        double change = c.change();
        String amount = ProgressWording.one(Math.abs(change)) + (Math.abs(change) == 1.0 ? " point" : " points");
        String direction = change < 0 ? amount + " lower than" : change > 0 ? amount + " higher than" : "the same as";
        return "Pain is " + direction + " at the start (" + ProgressWording.one(c.baseline().mean()) + " → "
                + ProgressWording.one(c.current().mean()) + "): " + ClientWording.label(c.label()).toLowerCase(java.util.Locale.ROOT)
                + switch (c.label()) {
                    case IMPROVED, WORSENED -> ", a change that matters.";
                    case NO_CLEAR_CHANGE -> ", within the minimal important difference.";
                };
    }
}
