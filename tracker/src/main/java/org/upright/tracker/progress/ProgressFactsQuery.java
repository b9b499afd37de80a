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
import java.sql.Date;
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
        jdbc.sql(SQL)
                .param("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .param("todays", ids.stream().map(id -> todayByMember.get(id).toString())
                        .collect(Collectors.joining(",", "{", "}")))
                .param("window", ProgressRules.WINDOW_DAYS)
                .param("recent_days", ProgressRules.RECENT_DAYS)
                .param("adherence_days", ProgressRules.ADHERENCE_DAYS)
                .param("lookback_days", ProgressRules.LOOKBACK_DAYS)
                .param("rise_points", ProgressRules.SESSION_RISE_POINTS)
                .query(rs -> {
                    ProgressFacts facts = row(rs);
                    result.put(facts.memberId(), facts);
                });
        return result;
    }

    private static ProgressFacts row(ResultSet rs) throws SQLException {
        SessionRise rise = rs.getObject("rise_day") == null ? null : new SessionRise(
                rs.getObject("rise_day", LocalDate.class), rs.getLong("rise_routine"), rs.getInt("rise_before"),
                rs.getInt("rise_after"));
        List<LocalDate> doneDays = dates(rs.getArray("done_days"));
        Object[] routines = objects(rs.getArray("done_routines"));
        Object[] counts = objects(rs.getArray("done_counts"));
        List<DoneSlot> slots = new ArrayList<>();
        for (int i = 0; i < doneDays.size(); i++) {
            slots.add(new DoneSlot(doneDays.get(i), ((Number) routines[i]).longValue(), ((Number) counts[i]).intValue()));
        }
        Map<AlertKind, LocalDate> seen = new EnumMap<>(AlertKind.class);
        Object[] kinds = objects(rs.getArray("seen_kinds"));
        List<LocalDate> episodes = dates(rs.getArray("seen_episodes"));
        for (int i = 0; i < kinds.length; i++) {
            seen.put(AlertKind.valueOf((String) kinds[i]), episodes.get(i));
        }
        return new ProgressFacts(rs.getLong("member_id"), rs.getObject("today", LocalDate.class),
                rs.getObject("program_id", Long.class), rs.getObject("start_date", LocalDate.class),
                ratings(rs, "first"), ratings(rs, "program"), ratings(rs, "last"), ratings(rs, "recent"),
                rs.getObject("last_active", LocalDate.class), slots, rise, seen);
    }

    private static List<DayScore> ratings(ResultSet rs, String prefix) throws SQLException {
        List<LocalDate> days = dates(rs.getArray(prefix + "_days"));
        Object[] scores = objects(rs.getArray(prefix + "_scores"));
        List<DayScore> ratings = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            ratings.add(new DayScore(days.get(i), ((Number) scores[i]).intValue()));
        }
        return ratings;
    }

    private static List<LocalDate> dates(Array array) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        for (Object o : objects(array)) {
            days.add(((Date) o).toLocalDate());
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
