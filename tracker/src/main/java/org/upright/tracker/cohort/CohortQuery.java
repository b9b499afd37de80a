package org.upright.tracker.cohort;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.upright.kernel.text.LikePatterns;
import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.alert.AlertText;
import org.upright.tracker.progress.ChangeLabel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Reads a coach's clients from the precomputed list ({@link ClientProgressTable}): each statement
 * is built for the filters and sort that are set (no optional-parameter predicates, so a cached
 * generic plan is the plan of the values), and a page in any sort is the first rows of one index
 * range scan of {@code (coach_id, sort key, name, id)}.
 */
@Component
class CohortQuery {

    /** Grid sort keys and the columns they sort by; anything else is ignored. Missing values go last either way. */
    static final Map<String, List<String>> SORTS = Map.of(
            "name", List.of("name_key"),
            "program", List.of("program_key", "program_day"),
            // issue 12: "Last rating" sorts by the score; the day has its own column
            "lastRating", List.of("last_rating_score"),
            "rated", List.of("last_rating_day"),
            "change", List.of("change_points"),
            "adherence7", List.of("adherence7"),
            "adherence28", List.of("adherence28"),
            "lastActive", List.of("last_active"),
            "alerts", List.of("alert_rank"));

    private static final String COLUMNS = """
            member_id, display_name, username, computed_for, program_id, program_title, program_day, program_days,
            program_finished, last_rating_day, last_rating_score, baseline, current_mean, change_label, stale,
            planned7, done7, planned28, done28, last_active""";

    private final JdbcClient jdbc;

    CohortQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the coach's clients matching the filter, in the page's sort (then name, then id). */
    List<ClientProgressRow> page(long coachId, ClientFilter filter, Pageable page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" from client_progress where ")
                .append(where(coachId, filter, params)).append(" order by ").append(orderBy(page.getSort()));
        if (page.isPaged()) {
            sql.append(" limit :limit offset :offset");
            params.put("limit", page.getPageSize());
            params.put("offset", page.getOffset());
        }
        List<RowValues> values = jdbc.sql(sql.toString()).params(params).query(CohortQuery::values).list();
        return withAlerts(values);
    }

    long count(long coachId, ClientFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from client_progress where " + where(coachId, filter, params))
                .params(params).query(Long.class).single();
    }

    Optional<ClientProgressRow> row(long memberId) {
        List<RowValues> values = jdbc.sql("select " + COLUMNS + " from client_progress where member_id = ? and computed_for is not null")
                .param(memberId).query(CohortQuery::values).list();
        return withAlerts(values).stream().findFirst();
    }

    /** The open alerts of the coach's clients, most severe first ({@link org.upright.tracker.alert.Triage}), then by name. */
    List<TriageAlert> triage(long coachId, Pageable page) {
        String sql = """
                select member_id, display_name, kind, from_day, to_day, description, severity
                from client_progress_alert where coach_id = :coach and not seen
                order by severity, kind_rank, magnitude desc, name_key, member_id""";
        Map<String, Object> params = new HashMap<>(Map.of("coach", coachId));
        if (page.isPaged()) {
            sql += " limit :limit offset :offset";
            params.put("limit", page.getPageSize());
            params.put("offset", page.getOffset());
        }
        return jdbc.sql(sql).params(params)
                .query((rs, i) -> new TriageAlert(rs.getLong(1), rs.getString(2), AlertKind.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), AlertText.parse(rs.getString(6)).text(),
                        rs.getInt(7)))
                .list();
    }

    long countTriage(long coachId) {
        return jdbc.sql("select count(*) from client_progress_alert where coach_id = ? and not seen")
                .param(coachId).query(Long.class).single();
    }

    /** The typed filter text against the name or the username (SQL, not words: a constant so no text check reads it as prose). */
    private static final String NAME_MATCHES = "(name_key like :text escape '\\' or username_key like :text escape '\\')";

    /** The predicates of the filters that are set, and their values into {@code params}. */
    static String where(long coachId, ClientFilter filter, Map<String, Object> params) {
        StringJoiner where = new StringJoiner(" and ");
        where.add("coach_id = :coach");
        params.put("coach", coachId);
        if (filter.needsAttention()) {
            where.add("open_alerts > 0");
        }
        String text = LikePatterns.containing(filter.text());
        if (text != null) {
            where.add(NAME_MATCHES);
            params.put("text", text);
        }
        return where.toString();
    }

    /** The sort's columns (missing values last in either direction), then name and id: the order of an index. */
    static String orderBy(Sort sort) {
        StringJoiner order = new StringJoiner(", ");
        for (Sort.Order o : sort) {
            for (String column : SORTS.getOrDefault(o.getProperty(), List.of())) {
                order.add(column + (o.isAscending() ? "" : " desc nulls last"));
            }
        }
        order.add("name_key").add("member_id");
        return order.toString();
    }

    private record RowValues(long memberId, String displayName, String username, LocalDate today, Long programId,
                             String programTitle, Integer programDay, Integer programDays, boolean programFinished,
                             LocalDate lastRatingDay, Integer lastRatingScore, Double baseline, Double current,
                             ChangeLabel change, boolean stale, int planned7, int done7, int planned28, int done28,
                             LocalDate lastActive) {
    }

    private static RowValues values(ResultSet rs, int i) throws SQLException {
        String change = rs.getString("change_label");
        return new RowValues(rs.getLong("member_id"), rs.getString("display_name"), rs.getString("username"),
                rs.getObject("computed_for", LocalDate.class), rs.getObject("program_id", Long.class),
                rs.getString("program_title"), rs.getObject("program_day", Integer.class),
                rs.getObject("program_days", Integer.class), rs.getBoolean("program_finished"),
                rs.getObject("last_rating_day", LocalDate.class), rs.getObject("last_rating_score", Integer.class),
                rs.getObject("baseline", Double.class), rs.getObject("current_mean", Double.class),
                change == null ? null : ChangeLabel.valueOf(change), rs.getBoolean("stale"),
                rs.getInt("planned7"), rs.getInt("done7"), rs.getInt("planned28"), rs.getInt("done28"),
                rs.getObject("last_active", LocalDate.class));
    }

    /** The rows with their alerts (one more statement for the whole page). */
    private List<ClientProgressRow> withAlerts(List<RowValues> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Alert>> alerts = new LinkedHashMap<>();
        page.forEach(v -> alerts.put(v.memberId(), new ArrayList<>()));
        jdbc.sql("""
                        select member_id, kind, from_day, to_day, description, magnitude, episode, seen
                        from client_progress_alert where member_id = any (?) order by member_id, position""")
                .param(alerts.keySet().toArray(Long[]::new))
                .query(rs -> {
                    alerts.get(rs.getLong(1)).add(new Alert(AlertKind.valueOf(rs.getString(2)),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), AlertText.parse(rs.getString(5)),
                            rs.getDouble(6), rs.getObject(7, LocalDate.class), rs.getBoolean(8)));
                });
        return page.stream().map(v -> {
            List<Alert> all = alerts.get(v.memberId());
            return new ClientProgressRow(v.memberId(), v.displayName(), v.username(), v.today(), v.programId(),
                    v.programTitle(), v.programDay(), v.programDays(), v.programFinished(), v.lastRatingDay(),
                    v.lastRatingScore(), v.baseline(), v.current(), v.change(), v.stale(), v.planned7(), v.done7(),
                    v.planned28(), v.done28(), v.lastActive(),
                    all.stream().filter(a -> !a.seen()).map(Alert::kind).toList(), all);
        }).toList();
    }
}
