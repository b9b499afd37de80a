package org.upright.tracker.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Creates member accounts straight in the database (tests share one) and seeds their history. */
public class Members {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final JdbcClient jdbc;

    public Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create() {
        return create("UTC");
    }

    public long create(String zone) {
        String username = "tracker-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        return jdbc.sql("""
                        insert into account (username, display_name, password_hash, role, time_zone)
                        values (?, 'Test Member', 'x', 'MEMBER', ?) returning id""")
                .params(username, zone).query(Long.class).single();
    }

    /** Rates consecutive days starting at {@code first}; a null score leaves that day unrated. */
    public void rate(long memberId, LocalDate first, Integer... scores) {
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != null) {
                jdbc.sql("insert into pain_rating (member_id, day, score) values (?, ?, ?)")
                        .params(memberId, first.plusDays(i), scores[i]).update();
            }
        }
    }

    /** A session of {@code routineId} on {@code day}, with optional pain before and after. */
    public void session(long memberId, LocalDate day, long routineId, Integer before, Integer after) {
        ContentStandIns.routineVersion(jdbc, routineId, 1, "Routine " + routineId);
        jdbc.sql("""
                        insert into completed_session (client_session_id, member_id, routine_id, routine_version,
                            started_at, finished_at, day, steps_completed, steps_total, duration_seconds,
                            pain_before, pain_after)
                        values (gen_random_uuid(), ?, ?, 1, ?::date + time '08:00', ?::date + time '08:10', ?, 3, 3, 600, ?, ?)""")
                .params(memberId, routineId, day, day, day, before, after).update();
    }

    public long count(String table, long memberId) {
        return jdbc.sql("select count(*) from " + table + " where member_id = ?").param(memberId)
                .query(Long.class).single();
    }
}
