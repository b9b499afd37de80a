package org.upright.portal.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo member (60 days of demo history) checks in on a phone, finds today's value on the
 * progress chart, and downloads the CSV and the clinician PDF, which are parsed here.
 */
class TrackerBrowserIT extends BrowserTestBase {

    @Test
    void memberChecksInSeesTheValueOnTheChartAndDownloadsBothExports() throws Exception {
        Page page = browser.newPage(true);
        // a chart that does not draw is usually a refused script: show those in the test output
        page.onResponse(r -> {
            if (r.status() >= 400) {
                System.out.println("[browser] " + r.status() + " " + r.url());
            }
        });
        portal.markScreened("member"); // the screening has its own tests
        BrowserSession.signIn(page, portal, "member", "member-upright");
        page.waitForURL("**/today");
        String today = LocalDate.now(ZoneOffset.UTC).toString(); // the demo member's zone is UTC

        page.locator("#check-in-score-2").click();
        assertThat(page.locator("#check-in-status")).containsText("Saved: 2 out of 10 today");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "check-in-phone.png")).setFullPage(true));

        page.navigate(portal.url("/progress"));
        Locator chart = page.locator("upright-pain-chart");
        assertThat(chart).hasAttribute("data-rendered", "30");
        assertThat(chart.locator("canvas")).isVisible();
        assertThat(chart.getAttribute("data-chart")).contains("\"" + today + "\"]", "2],\"averages\"");
        assertThat(chart.getAttribute("aria-label")).contains("latest 2 on");
        // both baselines: since joining and since the program started
        assertThat(page.locator("#progress-summary")).containsText("Since you joined: your pain is");
        assertThat(page.locator("#progress-summary")).containsText("Since your program started:");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "progress-phone.png")).setFullPage(true));
        page.locator(".chart-numbers summary").click();
        assertThat(page.locator("#pain-chart-table tbody tr").first()).containsText("2");
        assertThat(page.request().get(portal.url("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js")).status()).isEqualTo(200);

        Download csvDownload = page.waitForDownload(() -> page.locator("#export-csv").click());
        assertThat(csvDownload.suggestedFilename()).isEqualTo("upright-member-" + today + ".csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csvDownload.path())).getRecords();
        assertThat(rows.stream().filter(r -> r.get("record_type").equals("rating")).count()).isGreaterThan(45);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("day")).isEqualTo(today);
            assertThat(r.get("score")).isEqualTo("2");
        });

        Download pdfDownload = page.waitForDownload(() -> page.locator("#export-pdf").click());
        assertThat(pdfDownload.suggestedFilename()).endsWith(".pdf");
        PdfReader reader = new PdfReader(Files.readAllBytes(pdfDownload.path()));
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(text).contains("Upright clinician report", "Member: Mia Member", "Baseline", "clinically important");
        page.context().close();
    }
}
