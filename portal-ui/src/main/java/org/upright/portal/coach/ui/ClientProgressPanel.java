package org.upright.portal.coach.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.upright.portal.coach.ClientProgressRow;
import org.upright.portal.progress.MemberProgressService;
import org.upright.portal.progress.ProgressOverview;
import org.upright.portal.progress.ProgressWording;
import org.upright.portal.progress.ui.PainChart;
import org.upright.tracker.progress.Adherence;
import org.upright.tracker.progress.PainComparison;

/** The chart and numbers the member sees on their progress page, worded for the coach. */
class ClientProgressPanel extends Card {

    private final MemberProgressService progress;
    private final long memberId;
    private final Paragraph summary = new Paragraph();
    private final PainChart chart = new PainChart();
    private final Div tiles = new Div();

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
        body().add(summary, range, chart, tiles);
        show(30);
    }

    private void show(int days) {
        ProgressOverview overview = progress.overview(memberId, days);
        summary.setText(overview.comparison().map(ClientProgressPanel::sentence).orElseGet(() -> overview.baseline()
                .map(b -> "Starting level " + ProgressWording.one(b.mean()) + " out of 10; not enough ratings since to compare.")
                .orElse("Fewer than three rated days so far: no starting level yet.")));
        chart.show(overview.series(), overview.baseline());
        tiles.removeAll();
        tiles.add(adherenceTile("Last 7 days", overview.adherence().last7Days(), overview.adherence().enrolled()),
                adherenceTile("Last 28 days", overview.adherence().last28Days(), overview.adherence().enrolled()),
                tile(Integer.toString(overview.streak().current()), "Current streak", "active days in a row"),
                tile(Integer.toString(overview.streak().longest()), "Longest streak", "days"));
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

    private static Div adherenceTile(String label, Adherence a, boolean enrolled) {
        if (!enrolled) {
            return tile(Integer.toString(a.sessions()), label, "sessions, no program");
        }
        String percent = a.percent().isPresent() ? a.percent().getAsInt() + " %" : "–";
        return tile(percent, label, a.done() + " of " + a.planned() + " planned sessions");
    }

    private static Div tile(String number, String label, String note) {
        Span big = new Span(number);
        big.addClassName("tile-number");
        Span noteText = new Span(note);
        noteText.addClassName("tile-note");
        Div tile = new Div(big, new Span(label), noteText);
        tile.addClassName("tile");
        return tile;
    }
}
