package org.upright.tracker.testing;

import org.upright.kernel.member.CoachDirectory;
import org.upright.kernel.member.Member;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.member.MemberContacts;
import org.upright.kernel.member.MemberDirectory;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.kernel.member.MemberChanged;
import org.upright.tracker.shared.ProgressChanged;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates member accounts straight in the database (tests share one) and seeds their history;
 * stands in for the accounts module's {@link MemberDirectory} in the tracker's tests. Like the
 * accounts module and the tracker's services, it announces each write ({@link MemberChanged},
 * {@link ProgressChanged}), so the coach's client list follows.
 */
public class Members implements MemberDirectory, CoachDirectory, MemberContacts {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public Members(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public long create() {
        return create("UTC");
    }

    public long create(String zone) {
        String username = "tracker-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                        insert into account (username, display_name, password_hash, role, time_zone)
                        values (?, 'Test Member', 'x', 'MEMBER', ?) returning id""")
                .params(username, zone).query(Long.class).single();
        announce(id);
        return id;
    }

    /** A coach account (the accounts module's; here straight in the table). */
    public long createCoach() {
        String username = "tracker-coach-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        return jdbc.sql("""
                        insert into account (username, display_name, password_hash, role, time_zone)
                        values (?, 'Test Coach', 'x', 'COACH', 'UTC') returning id""")
                .param(username).query(Long.class).single();
    }

    /** A member assigned to the coach, with a display name and time zone. */
    public long createClient(long coachId, String displayName, String zone) {
        String username = "tracker-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                        insert into account (username, display_name, password_hash, role, time_zone, coach_id)
                        values (?, ?, 'x', 'MEMBER', ?, ?) returning id""")
                .params(username, displayName, zone, coachId).query(Long.class).single();
        announce(id);
        return id;
    }

    /** What the accounts module publishes after changing a member account. */
    public void announce(long memberId) {
        events.publishEvent(new MemberChanged(memberId, find(memberId).orElse(null)));
    }

    /** Rates consecutive days starting at {@code first}; a null score leaves that day unrated. */
    public void rate(long memberId, LocalDate first, Integer... scores) {
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != null) {
                jdbc.sql("insert into pain_rating (member_id, day, score) values (?, ?, ?)")
                        .params(memberId, first.plusDays(i), scores[i]).update();
            }
        }
        events.publishEvent(new ProgressChanged(memberId));
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
        events.publishEvent(new ProgressChanged(memberId));
    }

    @Override
    public Optional<Member> find(long memberId) {
        return jdbc.sql("select id, username, display_name, time_zone, coach_id, enabled from account where id = ? and role = 'MEMBER'")
                .param(memberId).query(Members::member).optional();
    }

    @Override
    public List<Member> clientsOf(long coachId) {
        return jdbc.sql("select id, username, display_name, time_zone, coach_id, enabled from account where coach_id = ? and role = 'MEMBER' order by display_name")
                .param(coachId).query(Members::member).list();
    }

    @Override
    public java.util.Map<Long, String> names(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, display_name from account where id = any(?)").param(accountIds.toArray(Long[]::new))
                .query((rs, i) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    /** A coach account with this display name. */
    public long createCoach(String displayName) {
        String username = "tracker-coach-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        return jdbc.sql("""
                        insert into account (username, display_name, password_hash, role, time_zone)
                        values (?, ?, 'x', 'COACH', 'UTC') returning id""")
                .params(username, displayName).query(Long.class).single();
    }

    /** Gives the member another coach (or none), as an admin's reassignment would. */
    public void assignCoach(long memberId, Long coachId) {
        jdbc.sql("update account set coach_id = ? where id = ?").params(coachId, memberId).update();
        announce(memberId);
    }

    @Override
    public List<Member> membersAfter(long afterId, int limit) {
        return jdbc.sql("select id, username, display_name, time_zone, coach_id, enabled from account where role = 'MEMBER' and id > ? order by id limit ?")
                .params(afterId, limit).query(Members::member).list();
    }

    private static Member member(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Member(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                java.time.ZoneId.of(rs.getString("time_zone")), rs.getObject("coach_id", Long.class), rs.getBoolean("enabled"));
    }

    /** Gives the member a confirmed e-mail address (the accounts module's column; here straight in the table). */
    public String giveEmail(long memberId) {
        String email = "member-" + memberId + "@example.org";
        jdbc.sql("update account set email = ? where id = ?").params(email, memberId).update();
        return email;
    }

    @Override
    public Optional<String> emailAddress(long accountId) {
        return jdbc.sql("select email from account where id = ? and enabled and email is not null")
                .param(accountId).query(String.class).optional();
    }

    @Override
    public Language language(long accountId) {
        return jdbc.sql("select language from account where id = ?").param(accountId).query(String.class).optional()
                .flatMap(Language::ofCode).orElse(Language.ENGLISH);
    }

    /** Sets the language on the member's profile (null: none chosen). */
    public void setLanguage(long accountId, Language language) {
        jdbc.sql("update account set language = ? where id = ?").params(language == null ? null : language.code(), accountId)
                .update();
    }

    public long count(String table, long memberId) {
        return jdbc.sql("select count(*) from " + table + " where member_id = ?").param(memberId)
                .query(Long.class).single();
    }
}
