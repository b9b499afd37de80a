package org.upright.tracker.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.enrollment.EnrollmentView;
import org.upright.tracker.shared.MemberCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Pain over time: daily series with a rolling average, baseline, and baseline vs current. */
@Service
@Transactional(readOnly = true)
public class PainTrendService {

    /** Days in the rolling average and in the baseline and current periods. */
    public static final int WINDOW_DAYS = 7;
    /** Fewer rated days than this make no average, baseline or current value. */
    public static final int MIN_RATED_DAYS = 3;
    /** Without an enrollment, the baseline comes from the first rated days of this many days. */
    public static final int FALLBACK_BASELINE_DAYS = 90;
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

    private static final String MEANS = """
            with rated as (
                select day, score, row_number() over (order by day) as nth_first,
                       row_number() over (order by day desc) as nth_last
                from pain_rating where member_id = :member and day between :start and :today
            )
            select 'baseline' as part, count(*) as n, avg(score) as mean, min(day) as first_day, max(day) as last_day
            from rated where nth_first <= :window
            union all
            select 'current', count(*), avg(score), min(day), max(day)
            from rated where nth_last <= :window and nth_first > :window""";

    private final JdbcClient jdbc;
    private final MemberCalendar calendar;
    private final EnrollmentService enrollments;

    PainTrendService(JdbcClient jdbc, MemberCalendar calendar, EnrollmentService enrollments) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.enrollments = enrollments;
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

    public Optional<PainBaseline> baseline(long memberId) {
        return means(memberId).baseline();
    }

    /** Empty until there are enough rated days for both a baseline and a separate current period. */
    public Optional<PainComparison> comparison(long memberId) {
        Means means = means(memberId);
        return means.baseline().flatMap(b -> means.current().map(c ->
                new PainComparison(b, c, ChangeLabel.of(b.mean(), c.mean()))));
    }

    private Means means(long memberId) {
        LocalDate today = calendar.today(memberId);
        Optional<LocalDate> enrolledSince = enrollments.current(memberId).map(EnrollmentView::startDate)
                .filter(start -> !start.isAfter(today));
        BaselineSource source = enrolledSince.isPresent() ? BaselineSource.ENROLLMENT : BaselineSource.LAST_90_DAYS;
        LocalDate start = enrolledSince.orElse(today.minusDays(FALLBACK_BASELINE_DAYS - 1L));
        Means means = new Means();
        jdbc.sql(MEANS).param("member", memberId).param("start", start).param("today", today)
                .param("window", WINDOW_DAYS)
                .query(rs -> {
                    int n = rs.getInt("n");
                    if (n < MIN_RATED_DAYS) {
                        return;
                    }
                    PeriodMean mean = new PeriodMean(rs.getObject("first_day", LocalDate.class),
                            rs.getObject("last_day", LocalDate.class), n, rs.getDouble("mean"));
                    if (rs.getString("part").equals("baseline")) {
                        means.baseline = new PainBaseline(source, mean);
                    } else {
                        means.current = mean;
                    }
                });
        return means;
    }

    private static final class Means {
        private PainBaseline baseline;
        private PeriodMean current;

        Optional<PainBaseline> baseline() {
            return Optional.ofNullable(baseline);
        }

        Optional<PeriodMean> current() {
            return Optional.ofNullable(current);
        }
    }
}
