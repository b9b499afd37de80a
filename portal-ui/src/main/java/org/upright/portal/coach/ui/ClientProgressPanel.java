package org.upright.portal.coach.ui;

import org.upright.tracker.progress.ChangeLabel;
import org.upright.kernel.text.Dates;
import org.upright.portal.base.ui.Texts;
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
        super(Texts.text("coach.progress.title"), "client-progress");
        this.progress = progress;
        this.memberId = client.memberId();
        summary.setId("client-summary");
        summary.addClassName("progress-summary");
        RadioButtonGroup<Integer> range = new RadioButtonGroup<>(getTranslation("coach.progress.range"));
        range.setItems(30, 90, 365);
        range.setItemLabelGenerator(days -> getTranslation("coach.progress.range.days", days));
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
        body().add(summary, range, chart, tiles, new H4(getTranslation("coach.progress.response")), response);
        show(30);
    }

    private void show(int days) {
        ProgressOverview overview = progress.overview(memberId, days);
        summary.setText(sentence(getTranslation("coach.progress.since-joining"), overview.pain().sinceJoined())
                + overview.pain().sinceProgram().map(p -> " " + sentence(getTranslation("coach.progress.since-program"), p)).orElse(""));
        chart.show(overview.series(), overview.baseline());
        tiles.removeAll();
        tiles.add(ProgressTiles.of(overview));
        response.removeAll();
        overview.painResponse().forEach(r -> response.add(new ListItem(ProgressWording.painResponse(r))));
        if (overview.painResponse().isEmpty()) {
            response.add(new ListItem(getTranslation("coach.progress.response.none")));
        }
    }

    static String sentence(String since, PainChange change) {
        if (change.comparison().isEmpty()) {
            return change.baseline()
                    .map(b -> Texts.text("coach.progress.waiting", since, ChangeLabel.rounded(b.mean()), change.ratedDaysNeeded()))
                    .orElseGet(() -> Texts.text("coach.progress.waiting.no-baseline", since, change.ratedDaysNeeded()));
        }
        PainComparison c = change.comparison().get();
        return Texts.text("coach.progress.compared", since, ProgressWording.direction(c), ChangeLabel.rounded(c.baseline().mean()),
                ChangeLabel.rounded(c.current().mean()), Texts.text("coach.progress.verdict." + c.label().name()))
                + (c.stale() ? " " + Texts.text("coach.progress.stale", Dates.day(c.current().to()), ProgressRules.STALE_AFTER_DAYS) : "");
    }
}
