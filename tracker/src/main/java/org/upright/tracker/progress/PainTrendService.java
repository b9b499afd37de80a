package org.upright.tracker.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.tracker.shared.MemberCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Pain over time: daily series with a rolling average, baseline, and baseline vs current. */
@Service
@Transactional(readOnly = true)
public class PainTrendService {

    /** Days in the rolling average. */
    public static final int WINDOW_DAYS = ProgressRules.WINDOW_DAYS;
    /** Fewer rated days than this in a window make no average. */
    public static final int MIN_RATED_DAYS = ProgressRules.MIN_RATED_DAYS;
    public static final int MAX_SERIES_DAYS = 366;

    // The rating rows come from one range scan of pain_rating_member_day_uq (see PainSeriesPlanTest).
    static final String SERIES = """
            with days as (
                select cast(d as date) as day
                from generate_series(cast(:from as date) - 6, cast(:to as date), interval '1 day') d
            ), rated as (
                select day, score from pain_rating
                where member_id = :member and day between cast(:from as date) - 6 and cast(:to as date)
            ), sessions as (
                select day, count(*) as n from completed_session
                where member_id = :member and day between cast(:from as date) and cast(:to as date)
                group by day
            ), rolling as (
                select days.day, rated.score, avg(rated.score) over w as average, count(rated.score) over w as rated_days
                from days left join rated on rated.day = days.day
                window w as (order by days.day rows between 6 preceding and current row)
            )
            select r.day, r.score, case when r.rated_days >= :min then cast(r.average as double precision) end as average,
                   coalesce(s.n, 0) as sessions
            from rolling r left join sessions s on s.day = r.day
            where r.day >= cast(:from as date)
            order by r.day""";

    private final JdbcClient jdbc;
    private final MemberCalendar calendar;
    private final ProgressEvaluator evaluator;

    PainTrendService(JdbcClient jdbc, MemberCalendar calendar, ProgressEvaluator evaluator) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.evaluator = evaluator;
    }

    /** Every day from {@code from} to {@code to} (inclusive, at most a year). */
    public PainSeries dailySeries(long memberId, LocalDate from, LocalDate to) {
        if (from.isAfter(to) || from.plusDays(MAX_SERIES_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("A series runs forwards over at most " + MAX_SERIES_DAYS + " days");
        }
        List<DailyPain> days = jdbc.sql(SERIES)
                .param("member", memberId).param("from", from).param("to", to).param("min", MIN_RATED_DAYS)
                .query((rs, i) -> new DailyPain(rs.getObject("day", LocalDate.class),
                        rs.getObject("score", Integer.class), rs.getObject("average", Double.class),
                        rs.getInt("sessions")))
                .list();
        return new PainSeries(from, to, days);
    }

    /** The last {@code days} days up to the member's today. */
    public PainSeries recentSeries(long memberId, int days) {
        LocalDate today = calendar.today(memberId);
        return dailySeries(memberId, today.minusDays(days - 1L), today);
    }

    /** Pain against both baselines (since joining, since the program started); see {@link ProgressRules}. */
    public PainProgress progress(long memberId) {
        return evaluator.summary(memberId).pain();
    }

    /** The baseline a single figure uses ({@link PainProgress#primary()}). */
    public Optional<PainBaseline> baseline(long memberId) {
        return progress(memberId).baseline();
    }

    /** Empty until there are enough rated days for both a baseline and a separate current period. */
    public Optional<PainComparison> comparison(long memberId) {
        return progress(memberId).comparison();
    }
}
