package org.upright.portal.progress.ui;

import org.upright.portal.base.ui.PainChart;
import org.upright.portal.base.ui.ChartSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.base.ui.AccessDeniedView;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.pain.PainRatingInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ProgressViewTest extends MemberUiTest {

    @Test
    void showsTheChangeInWordsTheChartDataAndItsNumbers() {
        AccountProfile member = newMember();
        LocalDate today = today();
        // 7 days of 7 fifty days ago, then 7 days of 4 ending today: 3 points lower
        List<PainRatingInput> history = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            history.add(new PainRatingInput(today.minusDays(50 - i), 7, Set.of(), null));
            history.add(new PainRatingInput(today.minusDays(6 - i), 4, Set.of(), null));
        }
        ratings.importHistory(member.id(), history);
        TestAccounts.signIn(member);

        navigate(ProgressView.class);
        assertThat($(Paragraph.class).id("progress-summary").getText())
                .isEqualTo("Since you joined: your pain is 3.0 points lower than at the start (7.0 → 4.0) — a change that matters.");
        PainChart chart = $(PainChart.class).single();
        assertThat(chart.chartJson()).startsWith("{\"days\":[\"" + today.minusDays(29) + "\"")
                .contains("\"" + today + "\"]", "\"scores\":[null,", ",4,4,4,4,4,4,4]",
                        "\"baseline\":{\"mean\":7.00,\"low\":5.00,\"high\":9.00}");
        assertThat(chart.summary()).contains("7 days rated", "latest 4 on", "Starting level 7.0");
        assertThat($(NativeTable.class).id("pain-chart-table").getElement().getTextRecursively())
                .contains(ChartSummary.DAY.format(today));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> range = $(RadioButtonGroup.class).id("range");
        test(range).selectItem("90 days");
        assertThat(chart.chartJson()).startsWith("{\"days\":[\"" + today.minusDays(89) + "\"")
                .contains(",7,7,7,7,7,7,7,");
        assertThat($(Anchor.class).id("export-csv").getText()).contains("CSV");
        assertThat($(Anchor.class).id("export-pdf").getText()).contains("PDF");
    }

    @Test
    void aNewMemberIsToldHowToGetATrend() {
        TestAccounts.signIn(newMember());
        navigate(ProgressView.class);
        assertThat($(Paragraph.class).id("progress-summary").getText()).startsWith("Rate your pain on at least 3 days")
                .endsWith("A comparison needs 10 rated days (7 for the starting level, then 3 more): 10 to go.");
        assertThat($(PainChart.class).single().summary()).endsWith("no ratings yet.");
    }

    @Test
    void coachesAndAdminsHaveNoOwnProgressPage() {
        TestAccounts.signIn(accounts.create(Role.COACH));
        navigate("progress", AccessDeniedView.class);
        navigate("history", AccessDeniedView.class);
    }

    @Test
    void theChartLibraryFilesAreWhereTheAnnotationsPointTo() {
        for (String file : List.of("uPlot.iife.min.js", "uPlot.min.css")) {
            assertThat(getClass().getResource("/META-INF/resources/" + PainChart.UPLOT_DIR + file)).as(file).isNotNull();
        }
        assertThat(getClass().getResource("/META-INF/resources/upright/charts/upright-pain-chart.js")).isNotNull();
    }
}
