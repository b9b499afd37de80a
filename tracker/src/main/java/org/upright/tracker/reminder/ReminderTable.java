package org.upright.tracker.reminder;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberCameBack;
import org.upright.kernel.member.MemberChanged;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The {@code reminder_setting} table (V155): members' choices, the copies of their time zone and
 * enabled flag (from {@link MemberChanged}), and what was sent. Only this class writes SQL for it.
 */
@Component
class ReminderTable {

    /** A member whose reminder time has come today (their day) and who has had none today yet. */
    record Due(long memberId, LocalDate localDay, boolean skipRestDays, int ignoredInRow, boolean cameBack,
               boolean checkedIn, LocalDate lastSentOn, ReminderChannel channel) {
    }

    private final JdbcClient jdbc;

    ReminderTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReminderChoice> choice(long memberId) {
        return jdbc.sql("select remind_at, skip_rest_days, channel from reminder_setting where member_id = ?")
                .param(memberId)
                .query((rs, i) -> new ReminderChoice(rs.getObject(1, LocalTime.class), rs.getBoolean(2),
                        ReminderChannel.valueOf(rs.getString(3))))
                .optional();
    }

    /** Saves the choice; a new choice also forgets the reminders ignored so far. */
    void save(Member member, ReminderChoice choice) {
        LocalTime time = choice.time() == null ? null : choice.time().truncatedTo(ChronoUnit.MINUTES);
        jdbc.sql("""
                        insert into reminder_setting (member_id, remind_at, skip_rest_days, time_zone, member_enabled, channel)
                        values (:id, :at, :skip, :zone, :enabled, :channel)
                        on conflict (member_id) do update set remind_at = :at, skip_rest_days = :skip, channel = :channel,
                            time_zone = :zone, member_enabled = :enabled, ignored_in_row = 0, updated_at = now()""")
                .param("id", member.id()).param("at", time).param("skip", choice.skipRestDays())
                .param("zone", member.timeZone().getId()).param("enabled", member.enabled())
                .param("channel", choice.channel().name())
                .update();
    }

    /**
     * Up to {@code limit} members due at {@code now} with an id above {@code afterId}: their time
     * has passed on their own today and nothing was sent that day. Whether they checked in today,
     * or since the last reminder (they came back), is read in the same query.
     */
    List<Due> due(Instant now, long afterId, int limit) {
        return jdbc.sql("""
                        select r.member_id, l.day, r.skip_rest_days, r.ignored_in_row, r.last_sent_on, r.channel,
                               exists (select 1 from pain_rating p where p.member_id = r.member_id
                                       and p.day >= r.last_sent_on) as came_back,
                               exists (select 1 from pain_rating p where p.member_id = r.member_id
                                       and p.day = l.day) as checked_in
                        from reminder_setting r
                        cross join lateral (select (cast(:now as timestamptz) at time zone r.time_zone) as at) t
                        cross join lateral (select cast(t.at as date) as day) l
                        where r.remind_at is not null and r.member_enabled and r.member_id > :after
                          and cast(t.at as time) >= r.remind_at
                          and (r.last_sent_on is null or r.last_sent_on < l.day)
                        order by r.member_id
                        limit :limit""")
                .param("now", Timestamp.from(now)).param("after", afterId).param("limit", limit)
                .query((rs, i) -> new Due(rs.getLong("member_id"), rs.getObject("day", LocalDate.class),
                        rs.getBoolean("skip_rest_days"), rs.getInt("ignored_in_row"), rs.getBoolean("came_back"),
                        rs.getBoolean("checked_in"), rs.getObject("last_sent_on", LocalDate.class),
                        ReminderChannel.valueOf(rs.getString("channel"))))
                .list();
    }

    /**
     * Takes today's reminder for the member, atomically: false when another run (another node)
     * took it first. {@code ignoredInRow} is the count including this reminder.
     */
    boolean claim(long memberId, LocalDate day, Instant now, int ignoredInRow) {
        return jdbc.sql("""
                        update reminder_setting set last_sent_on = ?, last_sent_at = ?, ignored_in_row = ?
                        where member_id = ? and (last_sent_on is null or last_sent_on < ?)""")
                .params(day, Timestamp.from(now), ignoredInRow, memberId, day)
                .update() == 1;
    }

    /** Gives a claimed reminder back when its mail could not be sent, so the next run tries again. */
    void release(Due due) {
        jdbc.sql("""
                        update reminder_setting set last_sent_on = ?, ignored_in_row = ?
                        where member_id = ? and last_sent_on = ?""")
                .params(due.lastSentOn(), due.cameBack() ? 0 : due.ignoredInRow(), due.memberId(), due.localDay())
                .update();
    }

    @EventListener
    @Transactional
    public void memberCameBack(MemberCameBack event) {
        jdbc.sql("update reminder_setting set ignored_in_row = 0 where member_id = ? and ignored_in_row > 0")
                .param(event.accountId()).update();
    }

    @EventListener
    @Transactional
    public void memberChanged(MemberChanged event) {
        if (event.member() == null) {
            jdbc.sql("delete from reminder_setting where member_id = ?").param(event.accountId()).update();
            return;
        }
        jdbc.sql("update reminder_setting set time_zone = ?, member_enabled = ? where member_id = ?")
                .params(event.member().timeZone().getId(), event.member().enabled(), event.accountId()).update();
    }
}
