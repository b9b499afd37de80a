package org.upright.portal.base.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import org.upright.kernel.text.Dates;
import org.upright.tracker.progress.ChangeLabel;
import org.upright.tracker.progress.DailyPain;
import org.upright.tracker.progress.PainBaseline;
import org.upright.tracker.progress.PainSeries;

import java.util.List;
import java.util.Optional;

/**
 * The pain chart (uPlot inside the {@code <upright-pain-chart>} element, fed with JSON) with its
 * text alternative: a summary as the chart's accessible name and all numbers in a table.
 * Reusable wherever one member's series is shown.
 */
@JavaScript(PainChart.UPLOT_JS)
@JavaScript("context://upright/charts/upright-pain-chart.js")
@StyleSheet(PainChart.UPLOT_CSS)
@StyleSheet("context://upright/progress.css")
public class PainChart extends Div {

    /** Must match the uplot WebJar version in the root pom (PainChartTest checks the files exist). */
    public static final String UPLOT_DIR = "webjars/uplot/1.6.30/dist/";
    public static final String UPLOT_JS = "context://" + UPLOT_DIR + "uPlot.iife.min.js";
    public static final String UPLOT_CSS = "context://" + UPLOT_DIR + "uPlot.min.css";

    private final Element chart = new Element("upright-pain-chart");
    private final Div numbers = new Div();

    /** The member's own chart ("your starting level"). */
    public PainChart() {
        this(false);
    }

    /** A client's chart as their coach sees it ("their starting level"). */
    public static PainChart ofClient() {
        return new PainChart(true);
    }

    private PainChart(boolean client) {
        addClassNames("card", "chart-card");
        setId("pain-chart");
        chart.setAttribute("role", "img");
        getElement().appendChild(chart);
        add(key(client), numbers);
    }

    public void show(PainSeries series, Optional<PainBaseline> baseline) {
        chart.setAttribute("data-chart", PainChartJson.of(series, baseline));
        chart.setAttribute("aria-label", ChartSummary.describe(series, baseline));
        numbers.removeAll();
        numbers.add(table(series));
    }

    /** The JSON last sent to the chart element (for tests). */
    public String chartJson() {
        return chart.getAttribute("data-chart");
    }

    public String summary() {
        return chart.getAttribute("aria-label");
    }

    private UnorderedList key(boolean client) {
        UnorderedList key = new UnorderedList(
                keyItem("#1d4f91", getTranslation("base.chart.key.daily")), keyItem("#b0400b", getTranslation("base.chart.key.average")),
                keyItem("rgba(46,125,50,0.35)", getTranslation(client ? "base.chart.key.band.their" : "base.chart.key.band.your")),
                keyItem("#2e7d32", getTranslation("base.chart.key.session")));
        key.addClassName("chart-key");
        return key;
    }

    private static ListItem keyItem(String color, String text) {
        Span swatch = new Span();
        swatch.addClassName("swatch");
        swatch.getStyle().set("background", color);
        return new ListItem(swatch, new Span(text));
    }

    private NativeDetails table(PainSeries series) {
        NativeTable table = new NativeTable();
        table.setId("pain-chart-table");
        NativeTableHeader head = new NativeTableHeader();
        head.add(new NativeTableRow(new NativeTableHeaderCell(getTranslation("base.chart.table.day")),
                new NativeTableHeaderCell(getTranslation("base.chart.table.pain")),
                new NativeTableHeaderCell(getTranslation("base.chart.table.average")),
                new NativeTableHeaderCell(getTranslation("base.chart.table.sessions"))));
        NativeTableBody body = new NativeTableBody();
        List<DailyPain> shown = series.days().reversed().stream()
                .filter(d -> d.score() != null || d.sessions() > 0).toList();
        for (DailyPain day : shown) {
            body.add(new NativeTableRow(new NativeTableCell(Dates.dayWithWeekday(day.day())),
                    new NativeTableCell(day.score() == null ? "–" : day.score().toString()),
                    new NativeTableCell(day.rollingAverage() == null ? "–" : getTranslation("base.chart.table.one", ChangeLabel.rounded(day.rollingAverage()))),
                    new NativeTableCell(Integer.toString(day.sessions()))));
        }
        table.add(head, body);
        NativeDetails details = new NativeDetails(getTranslation("base.chart.table.show", shown.size()), table);
        details.addClassName("chart-numbers");
        return details;
    }
}
