package org.upright.tracker.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.kernel.BodyArea;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.tracker.pain.PainRatingService;
import org.upright.tracker.session.CompletedSessionService;
import org.upright.tracker.session.RoutineInfo;
import org.upright.tracker.session.SessionSubmission;
import org.upright.tracker.testing.InMemoryRoutineCatalog;
import org.upright.tracker.testing.Members;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Both exports parsed back: commons-csv for the CSV, OpenPDF's text extractor for the report. */
@SpringBootTest
class MemberExportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Autowired
    MemberDataCsv csv;
    @Autowired
    ClinicianReport report;
    @Autowired
    PainRatingService ratings;
    @Autowired
    CompletedSessionService sessions;
    @Autowired
    Members members;

    @BeforeAll
    static void routines(@Autowired InMemoryRoutineCatalog catalog) {
        catalog.add(new RoutineInfo(611, 1, "Wall press", 2));
        catalog.add(new RoutineInfo(612, 1, "Wall press with easier versions", 2, List.of(60, 30), List.of(30, 20)));
    }

    @Test
    void csvCountsTheStepsDoneInTheirEasierVersion() throws Exception {
        long member = memberWithHistory();
        sessions.record(member, new SessionSubmission(UUID.randomUUID(), 612, 1, Instant.parse("2026-03-15T08:00:00Z"),
                Instant.parse("2026-03-15T08:06:00Z"), 2, 2, 360, 5, 3, null, List.of(20, 15), null, null,
                List.of(true, false)));
        StringWriter out = new StringWriter();
        csv.write(member, out);
        List<CSVRecord> sessionRows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords().stream()
                .filter(r -> r.get("record_type").equals("session")).toList();
        assertThat(sessionRows).extracting(r -> r.get("steps_easier")).containsExactly("", "1");
    }

    private long memberWithHistory() {
        long member = members.create();
        members.rate(member, TODAY.minusDays(20), 8, 8, 7, 8, 7, 7, 8, 6, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3, 3, 2);
        ratings.save(member, new PainRatingInput(TODAY, 2, Set.of(BodyArea.MID_BACK, BodyArea.NECK),
                "better, \"quoted\"\nsecond line"));
        sessions.record(member, new SessionSubmission(UUID.randomUUID(), 611, 1, Instant.parse("2026-03-14T08:00:00Z"),
                Instant.parse("2026-03-14T08:06:00Z"), 2, 2, 360, 5, 3, null));
        return member;
    }

    @Test
    void csvHoldsEveryRatingAndSessionAndSurvivesCommasQuotesAndNewlines() throws Exception {
        long member = memberWithHistory();
        StringWriter out = new StringWriter();
        csv.write(member, out);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).hasSize(22);
        assertThat(rows.stream().filter(r -> r.get("record_type").equals("rating"))).hasSize(21);
        CSVRecord today = rows.stream().filter(r -> r.get("day").equals("2026-03-15")).findFirst().orElseThrow();
        assertThat(today.get("score")).isEqualTo("2");
        assertThat(today.get("body_areas")).isEqualTo("Neck; Mid-back");
        assertThat(today.get("note")).isEqualTo("better, \"quoted\"\nsecond line");
        CSVRecord session = rows.getLast();
        assertThat(session.get("record_type")).isEqualTo("session");
        assertThat(session.get("routine_title")).isEqualTo("Wall press");
        assertThat(session.get("started_at_utc")).isEqualTo("2026-03-14T08:00:00Z");
        assertThat(session.get("pain_before")).isEqualTo("5");
        assertThat(session.get("pain_after")).isEqualTo("3");
        assertThat(session.get("score")).isEmpty();
    }

    @Test
    void clinicianReportNamesThePersonAndShowsBaselineAdherenceAndSessions() throws Exception {
        long member = memberWithHistory();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        report.write(new ClinicianReportRequest(member, "Mia Member", 30), pdf);

        java.nio.file.Files.write(java.nio.file.Path.of("target", "clinician-report-sample.pdf"), pdf.toByteArray()); // to look at
        String text = text(pdf.toByteArray());
        assertThat(text).contains("Upright clinician report", "Member: Mia Member",
                "Period: 2026-02-14 to 2026-03-15 (30 days: 21 with a rating, 1 with sessions)");
        // baseline: first 7 rated days 8 8 7 8 7 7 8 = 53/7 = 7.6; current: last 7 = 4 3 3 3 3 2 2 = 20/7 = 2.9
        // the report says which baseline it uses, for the figures and for the chart's band
        assertThat(text).contains("Baseline since joining (the member's first 7 rated days): 7.6 (mean of 7 rated days, "
                        + "2026-02-23 to 2026-03-01)",
                "Current 2.9 (mean of 7 rated days, 2026-03-09 to 2026-03-15)", "Change -4.7 points, -62 %",
                "clinically important improvement", "The chart's band uses the baseline since joining.",
                "at least 1 point and at least 2 points or 30 % of the baseline");
        assertThat(text).contains("Not enrolled in a program.", "Active-day streak: 21 current, 21 longest");
        assertThat(text).contains("2026-03-14", "Wall press", "2 of 2", "5 / 3");
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString().replaceAll("\\s+", " "); // lines wrap wherever the layout put them
    }
}
