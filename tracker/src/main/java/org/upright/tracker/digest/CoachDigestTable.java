package org.upright.tracker.digest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The {@code coach_digest_setting} table (V191): who switched the digest on, the copy of their time
 * zone, and up to when alerts were reported. Only this class writes SQL for it.
 */
@Component
class CoachDigestTable {

    /** The coach's digest choice: on or off, and at which local time. */
    record Choice(boolean enabled, LocalTime sendAt) {
    }

    /** A coach whose digest time has come today (their day) and who has had none today yet. */
    record Due(long coachId, LocalDate localDay, LocalTime localTime, ZoneId zone, Instant alertsSince,
               LocalDate lastSentOn) {
    }

    private final JdbcClient jdbc;

    CoachDigestTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Choice> choice(long coachId) {
        return jdbc.sql("select enabled, send_at from coach_digest_setting where coach_id = ?")
                .param(coachId)
                .query((rs, i) -> new Choice(rs.getBoolean(1), rs.getObject(2, LocalTime.class)))
                .optional();
    }

    /**
     * Switches the digest on or off. Switching it on starts counting alerts from {@code now}, and
     * when today's digest time has passed already ({@code sentToday}, the coach's today, else null)
     * the first one comes tomorrow.
     */
    void save(long coachId, boolean enabled, ZoneId zone, Instant now, LocalDate sentToday) {
        jdbc.sql("""
                        insert into coach_digest_setting (coach_id, enabled, time_zone, alerts_since, last_sent_on)
                        values (:id, :enabled, :zone, :now, :today)
                        on conflict (coach_id) do update set enabled = :enabled, time_zone = :zone, updated_at = now(),
                            alerts_since = case when coach_digest_setting.enabled then coach_digest_setting.alerts_since
                                                else :now end,
                            last_sent_on = case when coach_digest_setting.enabled then coach_digest_setting.last_sent_on
                                                else :today end""")
                .param("id", coachId).param("enabled", enabled).param("zone", zone.getId())
                .param("now", utc(now)).param("today", sentToday)
                .update();
    }

    /** Up to {@code limit} coaches due at {@code now} with an id above {@code afterId}. */
    List<Due> due(Instant now, long afterId, int limit) {
        return jdbc.sql("""
                        select d.coach_id, cast(t.at as date) as day, cast(t.at as time) as at_time, d.time_zone,
                               d.alerts_since, d.last_sent_on
                        from coach_digest_setting d
                        cross join lateral (select (cast(:now as timestamptz) at time zone d.time_zone) as at) t
                        where d.enabled and d.coach_id > :after
                          and cast(t.at as time) >= d.send_at
                          and (d.last_sent_on is null or d.last_sent_on < cast(t.at as date))
                        order by d.coach_id
                        limit :limit""")
                .param("now", utc(now)).param("after", afterId).param("limit", limit)
                .query((rs, i) -> new Due(rs.getLong("coach_id"), rs.getObject("day", LocalDate.class),
                        rs.getObject("at_time", LocalTime.class), ZoneId.of(rs.getString("time_zone")),
                        rs.getObject("alerts_since", OffsetDateTime.class).toInstant(),
                        rs.getObject("last_sent_on", LocalDate.class)))
                .list();
    }

    /**
     * Takes today's digest for the coach, atomically: false when another run (another node) took it
     * first. Alerts raised up to {@code upTo} count as reported from then on.
     */
    boolean claim(Due due, Instant now, Instant upTo) {
        return jdbc.sql("""
                        update coach_digest_setting set last_sent_on = ?, last_sent_at = ?, alerts_since = ?
                        where coach_id = ? and enabled and alerts_since = ?
                          and (last_sent_on is null or last_sent_on < ?)""")
                .params(due.localDay(), utc(now), utc(upTo), due.coachId(), utc(due.alertsSince()), due.localDay())
                .update() == 1;
    }

    /** Gives a claimed digest back when its mail could not be sent, so the next run tries again. */
    void release(Due due, Instant upTo) {
        jdbc.sql("""
                        update coach_digest_setting set last_sent_on = ?, alerts_since = ?
                        where coach_id = ? and last_sent_on = ? and alerts_since = ?""")
                .params(due.lastSentOn(), utc(due.alertsSince()), due.coachId(), due.localDay(), utc(upTo))
                .update();
    }

    /** The coach's time zone changed on their account: later digests follow the new one. */
    void moveZone(long coachId, ZoneId zone) {
        jdbc.sql("update coach_digest_setting set time_zone = ? where coach_id = ?").params(zone.getId(), coachId)
                .update();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
