package org.upright.tracker.plan;

import org.springframework.stereotype.Component;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.program.ProgramCatalog;
import org.upright.tracker.session.CompletedSession;
import org.upright.tracker.session.CompletedSessionService;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member's plan for a day, for callers that have checked access already (the member's own
 * service) or act for the system (the reminder job, under {@code Actors.callAsSystem}).
 */
@Component
public class TodayPlans {

    private final EnrollmentService enrollments;
    private final ProgramCatalog programs;
    private final CompletedSessionService sessions;

    TodayPlans(EnrollmentService enrollments, ProgramCatalog programs, CompletedSessionService sessions) {
        this.enrollments = enrollments;
        this.programs = programs;
        this.sessions = sessions;
    }

    /** The plan on {@code today}; empty without an active enrollment in a program that is still published. */
    public Optional<TodayPlan> of(long memberId, LocalDate today) {
        return enrollments.current(memberId).flatMap(e -> programs.findPublished(e.programId()).map(program -> {
            Set<Long> done = sessions.list(memberId, today, today).stream()
                    .filter(CompletedSession::fullyCompleted)
                    .map(CompletedSession::routineId)
                    .collect(Collectors.toSet());
            return TodayPlanner.plan(program, e.startDate(), today, done);
        }));
    }
}
