package org.upright.tracker.plan;

import org.upright.kernel.member.Member;
import org.springframework.security.access.prepost.PreAuthorize;
import org.upright.kernel.Roles;
import org.springframework.stereotype.Service;
import org.upright.content.program.ProgramSummary;
import org.upright.kernel.member.MemberAccess;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.program.ProgramCatalog;
import org.upright.tracker.enrollment.EnrollmentView;
import org.upright.tracker.shared.MemberCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The signed-in member's program: enrolling, and what to do today. */
@Service
@PreAuthorize(Roles.IS_MEMBER)
public class MemberPlanService {

    static final int SUGGESTIONS = 3;

    private final MemberAccess access;
    private final EnrollmentService enrollments;
    private final ProgramCatalog programs;
    private final TodayPlans plans;
    private final MemberCalendar calendar;

    MemberPlanService(MemberAccess access, EnrollmentService enrollments, ProgramCatalog programs,
                      TodayPlans plans, MemberCalendar calendar) {
        this.access = access;
        this.enrollments = enrollments;
        this.programs = programs;
        this.plans = plans;
        this.calendar = calendar;
    }

    /** Today's plan; empty without an active enrollment in a program that is still published. */
    public Optional<TodayPlan> today() {
        Member me = access.requireCurrentMember();
        return plans.of(me.id(), calendar.today(me.id()));
    }

    /** Programs to offer a member who has none (or whose program is over). */
    public List<ProgramSummary> suggestions() {
        access.requireCurrentMember();
        return programs.listPublished(SUGGESTIONS);
    }

    public Optional<EnrollmentView> currentEnrollment() {
        return enrollments.current(access.requireCurrentMember().id());
    }

    /** Starts a program for the signed-in member; an active one ends today and stays in the history. */
    public EnrollmentView enroll(long programId, LocalDate startDate) {
        return enrollments.enroll(access.requireCurrentMember().id(), programId, startDate);
    }

    public LocalDate memberToday() {
        return calendar.today(access.requireCurrentMember().id());
    }
}
