package org.upright.portal.coach.ui;

import org.upright.portal.base.ui.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.upright.tracker.cohort.ClientProgressRow;
import org.upright.tracker.progress.MemberProgressService;
import org.upright.tracker.progress.ProgressOverview;
import org.upright.tracker.progress.ProgressWording;
import org.upright.portal.base.ui.PainChart;
import org.upright.portal.base.ui.ProgressTiles;
import org.upright.tracker.progress.PainChange;
import org.upright.tracker.progress.PainComparison;
import org.upright.tracker.progress.ProgressRules;

/** The chart and numbers the member sees on their progress page, worded for the coach. */
class ClientProgressPanel extends Card {

    private final MemberProgressService progress;
    private final long memberId;
    private final Paragraph summary = new Paragraph();
    private final PainChart chart = PainChart.ofClient();
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
        summary.setText(sentence("Since joining", overview.pain().sinceJoined()) + overview.pain().sinceProgram()
                .map(p -> " " + sentence("Since the program started", p)).orElse(""));
        chart.show(overview.series(), overview.baseline());
        tiles.removeAll();
        tiles.add(ProgressTiles.of(overview));
        response.removeAll();
        overview.painResponse().forEach(r -> response.add(new ListItem(ProgressWording.painResponse(r))));
        if (overview.painResponse().isEmpty()) {
            response.add(new ListItem("No sessions rated before and after yet."));
        }
    }

    static String sentence(String since, PainChange change) {
        if (change.comparison().isEmpty()) {
            return since + ": " + change.baseline()
                    .map(b -> "starting level " + ProgressWording.one(b.mean()) + " out of 10; ")
                    .orElse("no starting level yet; ") + change.ratedDaysNeeded() + " more rated days before a comparison.";
        }
        PainComparison c = change.comparison().get();
        return since + ": pain is " + ProgressWording.direction(c) + " at the start (" + ProgressWording.one(c.baseline().mean())
                + " → " + ProgressWording.one(c.current().mean()) + "): "
                + ClientWording.label(c.label()).toLowerCase(java.util.Locale.ROOT)
                + switch (c.label()) {
                    case IMPROVED, WORSENED -> ", a change that matters.";
                    case NO_CLEAR_CHANGE -> ", within the minimal important difference.";
                }
                + (c.stale() ? " Its last rating is from " + c.current().to() + ", over "
                + ProgressRules.STALE_AFTER_DAYS + " days ago." : "");
    }
}
