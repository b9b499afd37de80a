package org.upright.tracker.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.tracker.shared.MemberCalendar;

import java.time.LocalDate;

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
    private final ProgressEvaluator evaluator;

    AdherenceService(JdbcClient jdbc, MemberCalendar calendar, ProgressEvaluator evaluator) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.evaluator = evaluator;
    }

    /** Adherence over the last 7 and 28 days; see {@link ProgressRules} for how slots count. */
    public AdherenceSummary adherence(long memberId) {
        return evaluator.summary(memberId).adherence();
    }

    public ActivityStreak streak(long memberId) {
        LocalDate today = calendar.today(memberId);
        return jdbc.sql(STREAKS).param("member", memberId).param("today", today)
                .query((rs, i) -> new ActivityStreak(rs.getInt("current"), rs.getInt("longest"),
                        rs.getObject("last_active", LocalDate.class)))
                .single();
    }
}
