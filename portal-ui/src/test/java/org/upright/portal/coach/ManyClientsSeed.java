package org.upright.portal.coach;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A coach with many clients, each with 90 days of ratings (some skipped), sessions on most
 * days and, for four in five, a program: written with set-based SQL so seeding takes seconds.
 */
final class ManyClientsSeed {

    private ManyClientsSeed() {
    }

    /** Creates the coach and {@code clients} members; returns the coach's id. */
    static long seed(JdbcClient jdbc, String prefix, int clients) {
        long coachId = jdbc.sql("""
                        insert into account (username, display_name, password_hash, role)
                        values (?, 'Busy Coach', '{noop}unused', 'COACH') returning id""")
                .param(prefix + "-coach").query(Long.class).single();
        jdbc.sql("""
                        insert into account (username, display_name, password_hash, role, coach_id)
                        select ? || '-' || g, 'Client ' || lpad(cast(g as text), 4, '0'), '{noop}unused', 'MEMBER', ?
                        from generate_series(1, ?) g""")
                .params(prefix, coachId, clients).update();
        jdbc.sql("""
                        insert into enrollment (member_id, program_id, start_date)
                        select a.id, p.id, current_date - cast(a.id % 40 as integer)
                        from account a
                        cross join (select id from program where status = 'PUBLISHED' order by id limit 1) p
                        where a.coach_id = ? and a.id % 5 <> 0""")
                .param(coachId).update();
        jdbc.sql("""
                        insert into pain_rating (member_id, day, score)
                        select a.id, current_date - d, cast((a.id * 7 + d * 13) % 11 as smallint)
                        from account a cross join generate_series(0, 89) d
                        where a.coach_id = ? and (a.id + d) % 4 <> 0""")
                .param(coachId).update();
        jdbc.sql("""
                        insert into completed_session (client_session_id, member_id, routine_id, routine_version, started_at,
                            finished_at, day, steps_completed, steps_total, duration_seconds, pain_before, pain_after)
                        select gen_random_uuid(), a.id, s.routine_id, 1, now() - d * interval '1 day',
                               now() - d * interval '1 day' + interval '6 minutes', current_date - d, 3, 3, 360, 5, 3
                        from account a
                        cross join generate_series(0, 40) d
                        cross join (select routine_id from program_schedule
                                    where program_id = (select id from program where status = 'PUBLISHED' order by id limit 1)
                                    order by day_number, position limit 1) s
                        where a.coach_id = ? and (a.id + d) % 3 <> 0""")
                .param(coachId).update();
        jdbc.sql("analyze").update();
        return coachId;
    }
}
