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
import org.upright.tracker.session.CompletedSession;
import org.upright.tracker.session.CompletedSessionService;
import org.upright.tracker.shared.MemberCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in member's program: enrolling, and what to do today. */
@Service
@PreAuthorize(Roles.IS_MEMBER)
public class MemberPlanService {

    static final int SUGGESTIONS = 3;

    private final MemberAccess access;
    private final EnrollmentService enrollments;
    private final ProgramCatalog programs;
    private final CompletedSessionService sessions;
    private final MemberCalendar calendar;

    MemberPlanService(MemberAccess access, EnrollmentService enrollments, ProgramCatalog programs,
                      CompletedSessionService sessions, MemberCalendar calendar) {
        this.access = access;
        this.enrollments = enrollments;
        this.programs = programs;
        this.sessions = sessions;
        this.calendar = calendar;
    }

    /** Today's plan; empty without an active enrollment in a program that is still published. */
    public Optional<TodayPlan> today() {
        Member me = access.requireCurrentMember();
        LocalDate today = calendar.today(me.id());
        return enrollments.current(me.id()).flatMap(e -> programs.findPublished(e.programId()).map(program -> {
            Set<Long> done = sessions.list(me.id(), today, today).stream()
                    .filter(CompletedSession::fullyCompleted)
                    .map(CompletedSession::routineId)
                    .collect(Collectors.toSet());
            return TodayPlanner.plan(program, e.startDate(), today, done);
        }));
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
