package org.upright.tracker.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.enrollment.EnrollmentView;
import org.upright.tracker.plan.ProgramSchedule;
import org.upright.tracker.plan.ProgramSchedules;
import org.upright.tracker.shared.MemberCalendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** How well a member keeps to their program, and their streaks of active days. */
@Service
@Transactional(readOnly = true)
public class AdherenceService {

    private static final String STREAKS = """
            with active as (
                select day from pain_rating where member_id = :member and day <= :today
                union
                select day from completed_session where member_id = :member and day <= :today
            ), islands as (
                select day, day - cast(row_number() over (order by day) as integer) as island from active
            ), runs as (
                select count(*) as length, max(day) as last_day from islands group by island
            )
            select coalesce(max(length), 0) as longest,
                   coalesce(max(length) filter (where last_day >= cast(:today as date) - 1), 0) as current,
                   max(last_day) as last_active
            from runs""";

    private final JdbcClient jdbc;
    private final MemberCalendar calendar;
    private final EnrollmentService enrollments;
    private final ProgramSchedules programs;

    AdherenceService(JdbcClient jdbc, MemberCalendar calendar, EnrollmentService enrollments,
                     ProgramSchedules programs) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.enrollments = enrollments;
        this.programs = programs;
    }

    public AdherenceSummary adherence(long memberId) {
        LocalDate today = calendar.today(memberId);
        Optional<EnrollmentView> enrollment = enrollments.current(memberId);
        Optional<ProgramSchedule> schedule = enrollment.flatMap(e -> programs.find(e.programId()));
        return new AdherenceSummary(schedule.map(ProgramSchedule::programId).orElse(null),
                schedule.map(ProgramSchedule::title).orElse(null),
                window(memberId, today.minusDays(6), today, enrollment, schedule),
                window(memberId, today.minusDays(27), today, enrollment, schedule));
    }

    public ActivityStreak streak(long memberId) {
        LocalDate today = calendar.today(memberId);
        return jdbc.sql(STREAKS).param("member", memberId).param("today", today)
                .query((rs, i) -> new ActivityStreak(rs.getInt("current"), rs.getInt("longest"),
                        rs.getObject("last_active", LocalDate.class)))
                .single();
    }

    private Adherence window(long memberId, LocalDate from, LocalDate to, Optional<EnrollmentView> enrollment,
                             Optional<ProgramSchedule> schedule) {
        // sessions per (day, routine) in the window: at most a few per day, aggregated in SQL
        Map<String, Integer> doneBySlot = new HashMap<>();
        int[] sessions = {0};
        jdbc.sql("""
                        select day, routine_id, count(*) as n from completed_session
                        where member_id = ? and day between ? and ? group by day, routine_id""")
                .params(memberId, from, to)
                .query(rs -> {
                    doneBySlot.put(slot(rs.getObject("day", LocalDate.class), rs.getLong("routine_id")), rs.getInt("n"));
                    sessions[0] += rs.getInt("n");
                });
        int planned = 0;
        int done = 0;
        if (enrollment.isPresent() && schedule.isPresent()) {
            LocalDate start = enrollment.get().startDate();
            for (LocalDate day = from.isBefore(start) ? start : from; !day.isAfter(to); day = day.plusDays(1)) {
                for (Long routineId : schedule.get().routinesOn(start, day)) {
                    planned++;
                    // a routine planned twice on a day needs two sessions of it
                    String slot = slot(day, routineId);
                    int left = doneBySlot.getOrDefault(slot, 0);
                    if (left > 0) {
                        done++;
                        doneBySlot.put(slot, left - 1);
                    }
                }
            }
        }
        return new Adherence(from, to, planned, done, sessions[0]);
    }

    private static String slot(LocalDate day, long routineId) {
        return day + "/" + routineId;
    }
}
