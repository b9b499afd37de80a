package org.upright.portal.progress;

import org.upright.tracker.export.MemberExportService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.tracker.pain.PainRatingService;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same downloads for the member, their coach and an admin; nobody else. */
@SpringBootTest
class MemberExportServiceTest {

    @Autowired
    MemberExportService exports;
    @Autowired
    PainRatingService ratings;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void coachDownloadsTheirClientsCsvAndReportButNotOtherMembers() throws Exception {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile client = accounts.create(Role.MEMBER, coach.id());
        AccountProfile stranger = accounts.create(Role.MEMBER);
        LocalDate today = LocalDate.now(clock);
        ratings.importHistory(client.id(), List.of(new PainRatingInput(today.minusDays(1), 6, Set.of(), "sore"),
                new PainRatingInput(today, 5, Set.of(), null)));

        TestAccounts.signIn(coach);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.writeCsv(client.id(), csv);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString(StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).extracting(r -> r.get("score")).containsExactly("6", "5");
        assertThat(exports.fileName(client.id(), "csv")).isEqualTo("upright-" + client.username() + "-" + today + ".csv");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exports.writeReport(client.id(), pdf);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Member: " + client.displayName());

        assertThatThrownBy(() -> exports.writeCsv(stranger.id(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.writeReport(stranger.id(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
