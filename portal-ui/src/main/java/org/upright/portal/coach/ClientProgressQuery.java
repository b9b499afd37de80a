package org.upright.portal.coach;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.upright.kernel.text.LikePatterns;
import org.upright.tracker.progress.AlertKind;
import org.upright.tracker.progress.AlertService;
import org.upright.tracker.progress.ChangeLabel;
import org.upright.tracker.progress.PainTrendService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs client-progress.sql: all of a coach's clients' numbers in one statement, then one page
 * of them (sorted in the database), their count, or their open alerts.
 */
@Component
class ClientProgressQuery {

    /** For a week after "seen", a worsening alert stays quiet: by then the 7-day current mean is all new ratings. */
    static final int WORSENING_QUIET_DAYS = 7;

    private static final String OPEN_ALERT_COUNT =
            "cast(worsening_open as integer) + cast(high_run_open as integer) + cast(inactive_open as integer)";
    /** The more severe the first open alert, the higher: worsening 3, high-pain run 2, inactivity 1. */
    private static final String SEVERITY =
            "case when worsening_open then 3 when high_run_open then 2 when inactive_open then 1 else 0 end";

    /** Grid sort keys and the SQL expressions they sort by, in turn; anything else is ignored. */
    private static final Map<String, List<String>> SORTS = Map.of(
            "name", List.of("lower(display_name)"),
            "program", List.of("lower(program_title)", "program_day"),
            "lastRating", List.of("last_rating_day"),
            "change", List.of("current - baseline"),
            "adherence7", List.of("cast(done_7 as double precision) / nullif(planned_7, 0)"),
            "adherence28", List.of("cast(done_28 as double precision) / nullif(planned_28, 0)"),
            "lastActive", List.of("last_active"),
            "alerts", List.of(OPEN_ALERT_COUNT, SEVERITY));

    private static final String OPEN = "(worsening_open or high_run_open or inactive_open)";

    private static final String TRIAGE = """
            select * from (
                select member_id, display_name, 'WORSENING' as kind, 1 as severity, current - baseline as magnitude,
                       current_from as from_day, today as to_day, baseline, current, null as days, false as never_active
                from client_rows where worsening_open
                union all
                select member_id, display_name, 'HIGH_PAIN_RUN', 2, run_days, run_from, run_to, null, null, run_days, false
                from client_rows where high_run_open
                union all
                select member_id, display_name, 'INACTIVE', 3, quiet_days, quiet_from, today, null, null, quiet_days, never_active
                from client_rows where inactive_open
            ) alerts
            order by severity, magnitude desc, lower(display_name), member_id""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String ctes;

    ClientProgressQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ctes = load();
    }

    List<ClientProgressRow> page(long coachId, ClientFilter filter, Pageable page) {
        String sql = ctes + "select * from client_rows" + (filter.needsAttention() ? " where " + OPEN : "")
                + " order by " + orderBy(page.getSort()) + limit(page);
        return params(jdbc.sql(sql), coachId, filter.text(), null).query(ROW).list();
    }

    Optional<ClientProgressRow> one(long coachId, long memberId) {
        return params(jdbc.sql(ctes + "select * from client_rows"), coachId, null, memberId).query(ROW).optional();
    }

    long count(long coachId, ClientFilter filter) {
        // without the alert filter, the count needs only the first CTE; PostgreSQL skips the rest
        String sql = ctes + (filter.needsAttention() ? "select count(*) from client_rows where " + OPEN
                : "select count(*) from clients");
        return params(jdbc.sql(sql), coachId, filter.text(), null).query(Long.class).single();
    }

    List<TriageAlert> triage(long coachId, Pageable page) {
        return params(jdbc.sql(ctes + TRIAGE + limit(page)), coachId, null, null).query(TRIAGE_ROW).list();
    }

    long countTriage(long coachId) {
        String sql = ctes + """
                select coalesce(sum(cast(worsening_open as integer) + cast(high_run_open as integer)
                                    + cast(inactive_open as integer)), 0) from client_rows""";
        return params(jdbc.sql(sql), coachId, null, null).query(Long.class).single();
    }

    /** The day that identifies the member's open alert of this kind, or null when it is not open. */
    LocalDate openEpisodeStart(long coachId, long memberId, AlertKind kind) {
        String sql = ctes + """
                select case cast(:kind as text) when 'WORSENING' then case when worsening_open then today end
                                  when 'HIGH_PAIN_RUN' then case when high_run_open then run_from end
                                  else case when inactive_open then quiet_from end end
                from client_rows""";
        return params(jdbc.sql(sql), coachId, null, memberId).param("kind", kind.name())
                .query(LocalDate.class).optional().orElse(null);
    }

    private JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, long coachId, String text, Long memberId) {
        return spec.param("coach", coachId)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("text", LikePatterns.containing(text))
                .param("member", memberId)
                .param("window", PainTrendService.WINDOW_DAYS)
                .param("min_days", PainTrendService.MIN_RATED_DAYS)
                .param("fallback_days", PainTrendService.FALLBACK_BASELINE_DAYS)
                .param("mcid_points", ChangeLabel.MCID_POINTS)
                .param("mcid_fraction", ChangeLabel.MCID_FRACTION)
                .param("high_score", AlertService.HIGH_PAIN_SCORE)
                .param("high_run_days", AlertService.HIGH_PAIN_RUN_DAYS)
                .param("high_lookback_days", AlertService.HIGH_PAIN_LOOKBACK_DAYS)
                .param("inactive_days", AlertService.INACTIVE_DAYS)
                .param("worsening_quiet_days", WORSENING_QUIET_DAYS);
    }

    static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String direction = order.isAscending() ? " asc" : " desc";
            // missing values (no rating yet, no program) go last in either direction
            SORTS.getOrDefault(order.getProperty(), List.of()).forEach(e -> parts.add(e + direction + " nulls last"));
        }
        parts.add("lower(display_name) asc");
        parts.add("member_id asc");
        return String.join(", ", parts);
    }

    private static String limit(Pageable page) {
        return page.isPaged() ? " limit " + page.getPageSize() + " offset " + page.getOffset() : "";
    }

    private static final RowMapper<ClientProgressRow> ROW = (rs, i) -> new ClientProgressRow(
            rs.getLong("member_id"), rs.getString("display_name"), rs.getString("username"),
            rs.getObject("today", LocalDate.class), rs.getObject("program_id", Long.class), rs.getString("program_title"),
            rs.getObject("program_day", Integer.class), rs.getObject("program_days", Integer.class),
            rs.getObject("last_rating_day", LocalDate.class), rs.getObject("last_rating_score", Integer.class),
            rs.getObject("baseline", Double.class), rs.getObject("current", Double.class),
            rs.getString("label") == null ? null : ChangeLabel.valueOf(rs.getString("label")),
            rs.getInt("planned_7"), rs.getInt("done_7"), rs.getInt("planned_28"), rs.getInt("done_28"),
            rs.getObject("last_active", LocalDate.class), openAlerts(rs));

    private static List<AlertKind> openAlerts(ResultSet rs) throws SQLException {
        List<AlertKind> open = new ArrayList<>();
        if (rs.getBoolean("worsening_open")) {
            open.add(AlertKind.WORSENING);
        }
        if (rs.getBoolean("high_run_open")) {
            open.add(AlertKind.HIGH_PAIN_RUN);
        }
        if (rs.getBoolean("inactive_open")) {
            open.add(AlertKind.INACTIVE);
        }
        return open;
    }

    private static final RowMapper<TriageAlert> TRIAGE_ROW = (rs, i) -> {
        AlertKind kind = AlertKind.valueOf(rs.getString("kind"));
        String description = switch (kind) {
            case WORSENING -> String.format(Locale.ROOT, "Pain rose from %.1f to %.1f (%+.1f points)",
                    rs.getDouble("baseline"), rs.getDouble("current"), rs.getDouble("current") - rs.getDouble("baseline"));
            case HIGH_PAIN_RUN -> rs.getInt("days") + " days in a row rated " + AlertService.HIGH_PAIN_SCORE + " or higher";
            case INACTIVE -> "No rating and no session for " + rs.getInt("days") + " days"
                    + (rs.getBoolean("never_active") ? " since enrolling" : "");
        };
        return new TriageAlert(rs.getLong("member_id"), rs.getString("display_name"), kind,
                rs.getObject("from_day", LocalDate.class), rs.getObject("to_day", LocalDate.class), description);
    };

    private static String load() {
        try (InputStream in = ClientProgressQuery.class.getResourceAsStream("client-progress.sql")) {
            if (in == null) {
                throw new IllegalStateException("client-progress.sql is missing next to " + ClientProgressQuery.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
