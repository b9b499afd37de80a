package org.upright.tracker.cohort;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.upright.kernel.member.Member;
import org.upright.tracker.alert.Alert;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Writes the precomputed client list (tables {@code client_progress} and {@code client_progress_alert},
 * migration V105): the member facts accounts sends, and each member's computed row with its alerts.
 */
@Component
class ClientProgressTable {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ClientProgressTable(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Inserts or updates the member's name, username, coach and time zone; numbers stay as they are. */
    void saveMembers(Collection<Member> members) {
        template.batchUpdate("""
                        insert into client_progress (member_id, coach_id, display_name, name_key, username, username_key, time_zone)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (member_id) do update set coach_id = excluded.coach_id,
                            display_name = excluded.display_name, name_key = excluded.name_key,
                            username = excluded.username, username_key = excluded.username_key,
                            time_zone = excluded.time_zone,
                            -- a new time zone can mean another today
                            computed_for = case when client_progress.time_zone = excluded.time_zone
                                                then client_progress.computed_for end
                        where (client_progress.coach_id, client_progress.display_name, client_progress.username,
                               client_progress.time_zone)
                              is distinct from (excluded.coach_id, excluded.display_name, excluded.username, excluded.time_zone)""",
                members, 500, (ps, m) -> {
                    ps.setLong(1, m.id());
                    setLong(ps, 2, m.coachId());
                    ps.setString(3, m.displayName());
                    ps.setString(4, key(m.displayName()));
                    ps.setString(5, m.username());
                    ps.setString(6, key(m.username()));
                    ps.setString(7, m.timeZone().getId());
                });
        // the triage queue's copies of coach and name
        template.batchUpdate("""
                        update client_progress_alert set coach_id = ?, display_name = ?, name_key = ?
                        where member_id = ? and (coach_id, display_name) is distinct from (?, ?)""",
                members, 500, (ps, m) -> {
                    setLong(ps, 1, m.coachId());
                    ps.setString(2, m.displayName());
                    ps.setString(3, key(m.displayName()));
                    ps.setLong(4, m.id());
                    setLong(ps, 5, m.coachId());
                    ps.setString(6, m.displayName());
                });
    }

    /** Marks the rows of a program's members out of date (the program's days or title changed). */
    int invalidateProgram(long programId) {
        return jdbc.sql("update client_progress set computed_for = null where program_id = ?").param(programId).update();
    }

    void delete(long memberId) {
        jdbc.sql("delete from client_progress where member_id = ?").param(memberId).update();
    }

    /** Removes the rows of accounts that are no longer members (start-up check). */
    int deleteAllBut(Collection<Long> memberIds) {
        return jdbc.sql("delete from client_progress where member_id <> all (?)")
                .param(memberIds.toArray(Long[]::new)).update();
    }

    /**
     * The members (as far as this table knows them) of these ids, their rows locked until the
     * transaction ends; unknown ids are left out. The lock comes before the facts are read, so of two
     * writes for one member at once the second reads the first's committed data: the last row
     * written is never computed without the other write.
     */
    List<Member> lockMembers(Collection<Long> memberIds) {
        return jdbc.sql("""
                        select member_id, username, display_name, time_zone, coach_id from client_progress
                        where member_id = any (?) order by member_id for update""")
                .param(memberIds.toArray(Long[]::new))
                .query((rs, i) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4)),
                        rs.getObject(5, Long.class), true))
                .list();
    }

    /**
     * Members whose row is out of date at {@code now}: never computed, computed for another day than
     * their today in their time zone, or by other rules. With a coach: that coach's clients only.
     */
    List<Long> outOfDate(Instant now, String rulesVersion, Long coachId, int limit) {
        String sql = """
                select member_id from client_progress
                where %s (computed_for is null or rules_version <> :rules
                       or computed_for <> cast(cast(:now as timestamptz) at time zone time_zone as date))
                order by member_id limit :limit""".formatted(coachId == null ? "" : "coach_id = :coach and");
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("rules", rulesVersion)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("limit", limit);
        if (coachId != null) {
            spec = spec.param("coach", coachId);
        }
        return spec.query(Long.class).list();
    }

    /**
     * Stores the computed rows (their members must have a row already) and replaces their alerts.
     * An alert keeps the moment it was raised while one of its kind stays open for the member at the
     * same or a lower severity; a new one, one that got more severe, or one open again after a
     * coach marked it seen is raised {@code now} (the coach's daily digest lists those).
     */
    void saveRows(List<ClientProgressRow> rows, String rulesVersion, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                        update client_progress set computed_for = ?, rules_version = ?, program_id = ?, program_title = ?,
                            program_key = ?, program_day = ?, program_days = ?, program_finished = ?,
                            last_rating_day = ?, last_rating_score = ?, baseline = ?, current_mean = ?, change_label = ?,
                            change_points = ?, stale = ?, planned7 = ?, done7 = ?, planned28 = ?, done28 = ?,
                            adherence7 = ?, adherence28 = ?, last_active = ?, alert_rank = ?, open_alerts = ?
                        where member_id = ?""",
                rows, 500, (ps, r) -> {
                    int i = 0;
                    ps.setObject(++i, r.today());
                    ps.setString(++i, rulesVersion);
                    setLong(ps, ++i, r.programId());
                    ps.setString(++i, r.programTitle());
                    ps.setString(++i, r.programTitle() == null ? null : key(r.programTitle()));
                    setInt(ps, ++i, r.programDay());
                    setInt(ps, ++i, r.programDays());
                    ps.setBoolean(++i, r.programFinished());
                    setDate(ps, ++i, r.lastRatingDay());
                    setInt(ps, ++i, r.lastRatingScore());
                    setDouble(ps, ++i, r.baseline());
                    setDouble(ps, ++i, r.current());
                    ps.setString(++i, r.change() == null ? null : r.change().name());
                    setDouble(ps, ++i, r.changePoints());
                    ps.setBoolean(++i, r.stale());
                    ps.setInt(++i, r.planned7());
                    ps.setInt(++i, r.done7());
                    ps.setInt(++i, r.planned28());
                    ps.setInt(++i, r.done28());
                    setDouble(ps, ++i, ratio(r.done7(), r.planned7()));
                    setDouble(ps, ++i, ratio(r.done28(), r.planned28()));
                    setDate(ps, ++i, r.lastActive());
                    setInt(ps, ++i, alertRank(r));
                    ps.setInt(++i, r.openAlerts().size());
                    ps.setLong(++i, r.memberId());
                });
        Long[] memberIds = rows.stream().map(ClientProgressRow::memberId).toArray(Long[]::new);
        record Raised(long memberId, String kind) {
        }
        record Earlier(int severity, boolean seen, Instant raisedAt) {
        }
        Map<Raised, Earlier> earlier = new HashMap<>();
        jdbc.sql("select member_id, kind, severity, seen, raised_at from client_progress_alert where member_id = any (?)")
                .param(memberIds)
                .query((rs, i) -> earlier.put(new Raised(rs.getLong(1), rs.getString(2)), new Earlier(rs.getInt(3),
                        rs.getBoolean(4), rs.getObject(5, OffsetDateTime.class).toInstant())))
                .list();
        jdbc.sql("delete from client_progress_alert where member_id = any (?)").param(memberIds).update();
        record Positioned(ClientProgressRow row, int position, Alert alert) {
        }
        List<Positioned> alerts = new ArrayList<>();
        for (ClientProgressRow row : rows) {
            for (int p = 0; p < row.alerts().size(); p++) {
                alerts.add(new Positioned(row, p, row.alerts().get(p)));
            }
        }
        template.batchUpdate("""
                        insert into client_progress_alert (member_id, position, coach_id, display_name, name_key, kind,
                            kind_rank, severity, from_day, to_day, description, magnitude, episode, seen, raised_at)
                        select member_id, ?, coach_id, display_name, name_key, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                        from client_progress where member_id = ?""",
                alerts, 500, (ps, a) -> {
                    Earlier before = earlier.get(new Raised(a.row().memberId(), a.alert().kind().name()));
                    boolean persists = before != null && a.alert().severity() >= before.severity()
                            && !(before.seen() && !a.alert().seen());
                    Instant raisedAt = persists ? before.raisedAt() : now;
                    int i = 0;
                    ps.setInt(++i, a.position());
                    ps.setString(++i, a.alert().kind().name());
                    ps.setInt(++i, a.alert().kind().ordinal());
                    ps.setInt(++i, a.alert().severity());
                    setDate(ps, ++i, a.alert().from());
                    setDate(ps, ++i, a.alert().to());
                    ps.setString(++i, a.alert().text().code());
                    ps.setDouble(++i, a.alert().magnitude());
                    setDate(ps, ++i, a.alert().episode());
                    ps.setBoolean(++i, a.alert().seen());
                    ps.setObject(++i, OffsetDateTime.ofInstant(raisedAt, ZoneOffset.UTC));
                    ps.setLong(++i, a.row().memberId());
                });
    }

    /** Lower case in Java, as the typed filter text is, so both compare alike. */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Higher for a more severe first open alert, then for more open alerts; null without any. */
    static Integer alertRank(ClientProgressRow row) {
        List<Alert> open = row.open();
        if (open.isEmpty()) {
            return null;
        }
        int mostSevere = open.stream().mapToInt(Alert::severity).min().orElseThrow();
        return (org.upright.tracker.alert.Triage.QUIET + 1 - mostSevere) * 1000 + open.size();
    }

    private static Double ratio(int done, int planned) {
        return planned == 0 ? null : (double) done / planned;
    }

    private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, value);
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, value);
        }
    }
}
