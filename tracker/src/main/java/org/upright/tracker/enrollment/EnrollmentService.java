package org.upright.tracker.enrollment;

import org.upright.kernel.i18n.Wording;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.tracker.program.ProgramSchedules;
import org.upright.kernel.validation.FieldChecks;
import org.upright.tracker.shared.MemberCalendar;
import org.upright.tracker.shared.ProgressChanged;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Enrollments: at most one active per member (a partial unique index); older ones stay as history. */
@Service
@Transactional(readOnly = true)
public class EnrollmentService {

    /** How far from today a start date may lie, either way. */
    public static final int START_DATE_RANGE_DAYS = 365;

    private final JdbcClient jdbc;
    private final MemberCalendar calendar;
    private final ProgramSchedules programs;
    private final ApplicationEventPublisher events;

    EnrollmentService(JdbcClient jdbc, MemberCalendar calendar, ProgramSchedules programs,
                      ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.programs = programs;
        this.events = events;
    }

    /** Enrolls the member, ending their active enrollment (if any) today. */
    @Transactional
    public EnrollmentView enroll(long memberId, long programId, LocalDate startDate) {
        LocalDate today = calendar.today(memberId);
        FieldChecks checks = new FieldChecks();
        checks.require(programs.find(programId).isPresent(), "programId", Wording.text("tracker.enrollment.program.unknown", programId))
                .require(startDate != null, "startDate", Wording.text("tracker.enrollment.start.required"));
        if (startDate != null) {
            checks.require(!startDate.isBefore(today.minusDays(START_DATE_RANGE_DAYS))
                            && !startDate.isAfter(today.plusDays(START_DATE_RANGE_DAYS)), "startDate",
                    Wording.text("tracker.enrollment.start.range"));
        }
        checks.throwIfAny();
        // serialises enrollments of one member, so two racing requests cannot both pass the end-then-insert
        // (a transaction-scoped advisory lock keyed by the member: the tracker locks only what it owns)
        jdbc.sql("select pg_advisory_xact_lock(hashtext('enrollment'), cast(? as integer))")
                .param(Math.toIntExact(memberId)).query((rs, i) -> 1).single();
        jdbc.sql("update enrollment set ended_on = ? where member_id = ? and ended_on is null")
                .params(today, memberId).update();
        EnrollmentView enrolled = jdbc.sql("""
                        insert into enrollment (member_id, program_id, start_date) values (?, ?, ?) returning *""")
                .params(memberId, programId, startDate).query(ROW).single();
        events.publishEvent(new ProgressChanged(memberId));
        return enrolled;
    }

    public Optional<EnrollmentView> current(long memberId) {
        return jdbc.sql("select * from enrollment where member_id = ? and ended_on is null").param(memberId)
                .query(ROW).optional();
    }

    /** All enrollments of the member, the newest first. */
    public List<EnrollmentView> history(long memberId) {
        return jdbc.sql("select * from enrollment where member_id = ? order by created_at desc, id desc")
                .param(memberId).query(ROW).list();
    }

    private static final RowMapper<EnrollmentView> ROW = (rs, i) -> new EnrollmentView(rs.getLong("id"),
            rs.getLong("member_id"), rs.getLong("program_id"), rs.getObject("start_date", LocalDate.class),
            rs.getObject("ended_on", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class).toInstant());
}
