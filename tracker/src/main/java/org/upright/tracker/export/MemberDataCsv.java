package org.upright.tracker.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.i18n.Wording;
import org.upright.tracker.session.RoutineCatalog;
import org.upright.tracker.session.RoutineInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * All of a member's ratings and sessions as one CSV file (RFC 4180, a header row, one row per
 * rating or session; {@code record_type} tells which, the other kind's columns stay empty;
 * {@code steps_easier} counts a session's steps done in their easier version).
 * Rows are streamed from the database to the writer. Texts that a spreadsheet would run as a
 * formula are neutralised (see {@link #neutralised}).
 */
@Component
public class MemberDataCsv {

    /** The columns' names, also the keys of their header words ({@code tracker.csv.column.<name>}). */
    public static final String[] HEADER = {"record_type", "day", "score", "body_areas", "note", "routine_id",
            "routine_version", "routine_title", "started_at_utc", "finished_at_utc", "steps_completed",
            "steps_total", "duration_seconds", "pain_before", "pain_after", "stop_reason", "stop_note", "steps_easier"};

    private final JdbcClient jdbc;
    private final RoutineCatalog routines;

    MemberDataCsv(JdbcClient jdbc, RoutineCatalog routines) {
        this.jdbc = jdbc;
        this.routines = routines;
    }

    @Transactional(readOnly = true)
    public void write(long memberId, Writer out) throws IOException {
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header()).get().print(out);
        String rating = Wording.text("tracker.csv.type.rating");
        String session = Wording.text("tracker.csv.type.session");
        Map<String, String> titles = new HashMap<>();
        try {
            jdbc.sql("select day, score, array_to_string(body_areas, ' ') as areas, note from pain_rating where member_id = ? order by day")
                    .param(memberId)
                    .query((RowCallbackHandler) rs -> print(csv, rating, rs.getObject("day", LocalDate.class),
                            rs.getInt("score"), areaWords(rs.getString("areas")), rs.getString("note"),
                            "", "", "", "", "", "", "", "", "", "", "", "", ""));
            // steps_easier: how many steps were done in their easier version (empty before the timer offered it)
            jdbc.sql("""
                            select s.*, case when s.step_easier is null then null
                                else (select count(*) from unnest(s.step_easier) e where e) end as steps_easier
                            from completed_session s where s.member_id = ? order by s.started_at""")
                    .param(memberId)
                    .query((RowCallbackHandler) rs -> printSession(csv, rs, titles, session));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private void printSession(CSVPrinter csv, ResultSet rs, Map<String, String> titles, String type) throws SQLException {
        long routineId = rs.getLong("routine_id");
        int version = rs.getInt("routine_version");
        String title = titles.computeIfAbsent(routineId + "/" + version,
                key -> routines.find(routineId, version).map(RoutineInfo::title).orElse(""));
        print(csv, type, rs.getObject("day", LocalDate.class), "", "", rs.getString("note"), routineId, version,
                title, utc(rs, "started_at"), utc(rs, "finished_at"), rs.getInt("steps_completed"),
                rs.getInt("steps_total"), rs.getInt("duration_seconds"), nullable(rs.getObject("pain_before")),
                nullable(rs.getObject("pain_after")), nullable(rs.getString("stop_reason")),
                nullable(rs.getString("stop_note")), nullable(rs.getObject("steps_easier")));
    }

    /** The header row in the reader's language (English: {@link #HEADER} itself). */
    public static String[] header() {
        return java.util.Arrays.stream(HEADER).map(c -> Wording.text("tracker.csv.column." + c)).toArray(String[]::new);
    }

    /** "NECK MID_BACK" as the member reads it: "Neck; Mid-back". */
    private static String areaWords(String codes) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(codes.split(" ")).map(code -> org.upright.kernel.BodyArea.valueOf(code).label())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * A text cell that a spreadsheet would read as a formula (starting with =, +, -, @, tab or
     * carriage return, e.g. a note "=HYPERLINK(...)") gets a leading apostrophe, which spreadsheets
     * show as text. Numbers are not texts here, so a number never changes.
     */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    private static String utc(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    }

    private static void print(CSVPrinter csv, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text) {
                values[i] = neutralised(text);
            }
        }
        try {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
