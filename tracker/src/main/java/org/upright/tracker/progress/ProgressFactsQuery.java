package org.upright.tracker.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.progress.ProgressFacts.DayScore;
import org.upright.tracker.progress.ProgressFacts.DoneSlot;
import org.upright.tracker.progress.ProgressFacts.SessionRise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Runs progress-facts.sql for any number of members: one round trip, one row per member. */
@Component
class ProgressFactsQuery {

    static final String SQL = load();

    private final JdbcClient jdbc;

    ProgressFactsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of each member as of the given day (their today), keyed by member id. */
    Map<Long, ProgressFacts> facts(Map<Long, LocalDate> todayByMember) {
        Map<Long, ProgressFacts> result = new HashMap<>();
        if (todayByMember.isEmpty()) {
            return result;
        }
        List<Long> ids = new ArrayList<>(todayByMember.keySet());
        // the statement is many short index scans whose summed cost passes jit_above_cost for a few hundred
        // members; compiling it would take far longer than running it (issue 14), so not in this transaction
        jdbc.sql("select set_config('jit', 'off', true)").query((rs, i) -> 1).list();
        jdbc.sql(SQL)
                .param("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .param("todays", ids.stream().map(id -> todayByMember.get(id).toString())
                        .collect(Collectors.joining(",", "{", "}")))
                .param("window", ProgressRules.WINDOW_DAYS)
                .param("recent_days", ProgressRules.RECENT_DAYS)
                .param("adherence_days", ProgressRules.ADHERENCE_DAYS)
                .param("lookback_days", ProgressRules.LOOKBACK_DAYS)
                .param("rise_points", ProgressRules.SESSION_RISE_POINTS)
                .param("high_after", ProgressRules.SESSION_HIGH_AFTER)
                .query(rs -> {
                    ProgressFacts facts = row(rs);
                    result.put(facts.memberId(), facts);
                });
        return result;
    }

    private static ProgressFacts row(ResultSet rs) throws SQLException {
        LocalDate today = rs.getObject("today", LocalDate.class);
        SessionRise rise = rs.getObject("rise_day") == null ? null : new SessionRise(
                rs.getObject("rise_day", LocalDate.class), rs.getLong("rise_routine"), rs.getObject("rise_before", Integer.class),
                rs.getInt("rise_after"));
        List<LocalDate> doneDays = days(today, rs.getArray("done_days"));
        Object[] routines = objects(rs.getArray("done_routines"));
        Object[] counts = objects(rs.getArray("done_counts"));
        List<DoneSlot> slots = new ArrayList<>();
        for (int i = 0; i < doneDays.size(); i++) {
            slots.add(new DoneSlot(doneDays.get(i), ((Number) routines[i]).longValue(), ((Number) counts[i]).intValue()));
        }
        Map<AlertKind, LocalDate> seen = new EnumMap<>(AlertKind.class);
        Object[] kinds = objects(rs.getArray("seen_kinds"));
        List<LocalDate> episodes = days(today, rs.getArray("seen_episodes"));
        for (int i = 0; i < kinds.length; i++) {
            seen.put(AlertKind.valueOf((String) kinds[i]), episodes.get(i));
        }
        return new ProgressFacts(rs.getLong("member_id"), today,
                rs.getObject("program_id", Long.class), rs.getObject("start_date", LocalDate.class),
                ratings(rs, today, "first"), ratings(rs, today, "program"), ratings(rs, today, "last"),
                ratings(rs, today, "recent"),
                rs.getObject("last_active", LocalDate.class), slots, rise, seen);
    }

    private static List<DayScore> ratings(ResultSet rs, LocalDate today, String prefix) throws SQLException {
        List<LocalDate> days = days(today, rs.getArray(prefix + "_days"));
        Object[] scores = objects(rs.getArray(prefix + "_scores"));
        List<DayScore> ratings = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            ratings.add(new DayScore(days.get(i), ((Number) scores[i]).intValue()));
        }
        return ratings;
    }

    /** Days sent as offsets from today. */
    private static List<LocalDate> days(LocalDate today, Array offsets) throws SQLException {
        Object[] values = objects(offsets);
        List<LocalDate> days = new ArrayList<>(values.length);
        for (Object o : values) {
            days.add(today.plusDays(((Number) o).longValue()));
        }
        return days;
    }

    private static Object[] objects(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }

    private static String load() {
        try (InputStream in = ProgressFactsQuery.class.getResourceAsStream("progress-facts.sql")) {
            if (in == null) {
                throw new IllegalStateException("progress-facts.sql is missing next to " + ProgressFactsQuery.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
