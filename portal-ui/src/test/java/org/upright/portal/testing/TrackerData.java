package org.upright.portal.testing;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.upright.tracker.shared.MemberCalendar;
import org.upright.tracker.shared.ProgressChanged;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes tracker rows straight into the tables, for tests that need history older than the
 * services accept (ratings more than 30 days back) or a lot of it quickly. Each write then announces
 * itself as the services do ({@link ProgressChanged}), so the coach's client list follows.
 */
@Component
public class TrackerData {

    private final JdbcClient jdbc;
    private final MemberCalendar calendar;
    private final ApplicationEventPublisher events;

    TrackerData(JdbcClient jdbc, MemberCalendar calendar, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.events = events;
    }

    public LocalDate today(long memberId) {
        return calendar.today(memberId);
    }

    /** One rating per listed score, the last one {@code daysAgoOfLast} days before the member's today. */
    public void ratings(long memberId, int daysAgoOfLast, int... scores) {
        LocalDate last = today(memberId).minusDays(daysAgoOfLast);
        for (int i = 0; i < scores.length; i++) {
            rate(memberId, last.minusDays(scores.length - 1L - i), scores[i]);
        }
    }

    public void rate(long memberId, LocalDate day, int score) {
        jdbc.sql("""
                        insert into pain_rating (member_id, day, score) values (?, ?, ?)
                        on conflict (member_id, day) do update set score = excluded.score""")
                .params(memberId, day, score).update();
        events.publishEvent(new ProgressChanged(memberId));
    }

    public void session(long memberId, long routineId, LocalDate day) {
        var started = day.atTime(8, 0).atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        insert into completed_session (client_session_id, member_id, routine_id, routine_version, started_at,
                            finished_at, day, steps_completed, steps_total, duration_seconds)
                        values (?, ?, ?, 1, ?, ?, ?, 3, 3, 300)""")
                .params(UUID.randomUUID(), memberId, routineId, started, started.plusMinutes(5), day).update();
        events.publishEvent(new ProgressChanged(memberId));
    }

    public void enroll(long memberId, long programId, LocalDate start) {
        jdbc.sql("update enrollment set ended_on = ? where member_id = ? and ended_on is null")
                .params(today(memberId), memberId).update();
        jdbc.sql("insert into enrollment (member_id, program_id, start_date) values (?, ?, ?)")
                .params(memberId, programId, start).update();
        events.publishEvent(new ProgressChanged(memberId));
    }
}
