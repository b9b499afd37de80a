package org.upright.tracker.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.enrollment.EnrollmentView;
import org.upright.tracker.shared.MemberCalendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The alert rules, evaluated for one member as of their today. */
@Service
@Transactional(readOnly = true)
public class AlertService {

    public static final int HIGH_PAIN_SCORE = 7;
    public static final int HIGH_PAIN_RUN_DAYS = 3;
    /** A high-pain run is reported while it touches this many recent days. */
    public static final int HIGH_PAIN_LOOKBACK_DAYS = 14;
    public static final int INACTIVE_DAYS = 4;

    private static final String LATEST_HIGH_RUN = """
            with high as (
                select day, day - cast(row_number() over (order by day) as integer) as island
                from pain_rating
                where member_id = :member and day between :from and :today and score >= :score
            )
            select min(day) as first_day, max(day) as last_day, count(*) as length
            from high group by island having count(*) >= :length
            order by max(day) desc limit 1""";

    private static final String LAST_ACTIVE_DAY = """
            select greatest(
                (select max(day) from pain_rating where member_id = :member and day <= :today),
                (select max(day) from completed_session where member_id = :member and day <= :today))""";

    private final JdbcClient jdbc;
    private final MemberCalendar calendar;
    private final EnrollmentService enrollments;
    private final PainTrendService trends;

    AlertService(JdbcClient jdbc, MemberCalendar calendar, EnrollmentService enrollments, PainTrendService trends) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.enrollments = enrollments;
        this.trends = trends;
    }

    public List<Alert> alerts(long memberId) {
        LocalDate today = calendar.today(memberId);
        List<Alert> alerts = new ArrayList<>();
        worsening(memberId).ifPresent(alerts::add);
        highPainRun(memberId, today).ifPresent(alerts::add);
        inactive(memberId, today).ifPresent(alerts::add);
        return alerts;
    }

    private Optional<Alert> worsening(long memberId) {
        return trends.comparison(memberId).filter(c -> c.label() == ChangeLabel.WORSENED)
                .map(c -> new Alert(AlertKind.WORSENING, c.current().from(), c.current().to(),
                        String.format(Locale.ROOT, "Pain rose from %.1f to %.1f (%+.1f points)",
                                c.baseline().mean(), c.current().mean(), c.change())));
    }

    private Optional<Alert> highPainRun(long memberId, LocalDate today) {
        return jdbc.sql(LATEST_HIGH_RUN).param("member", memberId)
                .param("from", today.minusDays(HIGH_PAIN_LOOKBACK_DAYS - 1L)).param("today", today)
                .param("score", HIGH_PAIN_SCORE).param("length", HIGH_PAIN_RUN_DAYS)
                .query((rs, i) -> new Alert(AlertKind.HIGH_PAIN_RUN, rs.getObject("first_day", LocalDate.class),
                        rs.getObject("last_day", LocalDate.class),
                        rs.getInt("length") + " days in a row rated " + HIGH_PAIN_SCORE + " or higher"))
                .optional();
    }

    private Optional<Alert> inactive(long memberId, LocalDate today) {
        Optional<EnrollmentView> enrollment = enrollments.current(memberId)
                .filter(e -> !e.startDate().isAfter(today));
        if (enrollment.isEmpty()) {
            return Optional.empty();
        }
        LocalDate lastActive = jdbc.sql(LAST_ACTIVE_DAY).param("member", memberId).param("today", today)
                .query(LocalDate.class).optional().orElse(null);
        // days before the enrollment started do not count as missed
        LocalDate dayBeforeStart = enrollment.get().startDate().minusDays(1);
        LocalDate quietSince = lastActive == null || lastActive.isBefore(dayBeforeStart) ? dayBeforeStart : lastActive;
        long quietDays = ChronoUnit.DAYS.between(quietSince, today);
        if (quietDays < INACTIVE_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new Alert(AlertKind.INACTIVE, quietSince.plusDays(1), today,
                "No rating and no session for " + quietDays + " days"
                        + (lastActive == null ? " since enrolling" : "")));
    }
}
