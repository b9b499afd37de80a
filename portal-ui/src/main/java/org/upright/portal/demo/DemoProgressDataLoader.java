package org.upright.portal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.upright.content.program.ProgramService;
import org.upright.content.routine.RoutineService;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.kernel.actor.Actors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.upright.content.shared.StartupTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.tracker.pain.PainRatingService;
import org.upright.tracker.session.CompletedSessionService;
import org.upright.tracker.session.SessionSubmission;
import org.upright.tracker.shared.MemberCalendar;

import java.time.LocalDate;
import java.util.List;

/** Gives the demo member 60 days of pain history (and sessions once routines exist), once. */
@Component
@Conditional(DemoDataCondition.class)
@Order(30)
class DemoProgressDataLoader implements StartupTask {

    static final int DAYS = 60;
    /** Day 22 of the 4-week program today, so Today, adherence and the baseline all have something to show. */
    static final int ENROLLED_DAYS_AGO = 21;
    static final String DEMO_PROGRAM = "mid-back-reset";
    private static final List<String> DEMO_ROUTINES = List.of("wall-press", "doorway-chest-stretch",
            "hip-flexor-stretch", "core-basics", "upper-back-strength", "neck-shoulder-release");
    private static final Logger log = LoggerFactory.getLogger(DemoProgressDataLoader.class);

    private final AccountService accounts;
    private final PainRatingService ratings;
    private final CompletedSessionService sessions;
    private final MemberCalendar calendar;
    private final RoutineService routines;
    private final ProgramService programs;
    private final EnrollmentService enrollments;

    DemoProgressDataLoader(AccountService accounts, PainRatingService ratings, CompletedSessionService sessions,
                           MemberCalendar calendar, RoutineService routines, ProgramService programs,
                           EnrollmentService enrollments) {
        this.routines = routines;
        this.programs = programs;
        this.enrollments = enrollments;
        this.accounts = accounts;
        this.ratings = ratings;
        this.sessions = sessions;
        this.calendar = calendar;
    }

    @Override
    public void runAtStartup() {
        Actors.runAsSystem(this::load);
    }

    private void load() {
        AccountProfile member = accounts.findByUsername(DemoDataLoader.MEMBER).orElse(null);
        if (member == null) {
            return;
        }
        LocalDate today = calendar.today(member.id());
        if (!ratings.list(member.id(), today.minusDays(365), today).isEmpty()) {
            return;
        }
        programs.findPublishedBySlug(DEMO_PROGRAM).ifPresent(program ->
                enrollments.enroll(member.id(), program.id(), today.minusDays(ENROLLED_DAYS_AGO)));
        int rated = ratings.importHistory(member.id(), DemoHistoryGenerator.ratings(today, DAYS));
        List<SessionSubmission> demoSessions = DemoHistoryGenerator.sessions(today, DAYS, member.zone(), demoRoutines());
        demoSessions.forEach(s -> sessions.record(member.id(), s));
        log.info("Demo history: {} ratings and {} sessions for '{}'", rated, demoSessions.size(), member.username());
    }

    /** The starter routines the demo member has been doing (all of them that exist). */
    List<DemoHistoryGenerator.DemoRoutine> demoRoutines() {
        return DEMO_ROUTINES.stream()
                .flatMap(slug -> routines.findPublishedBySlug(slug).stream())
                .map(r -> new DemoHistoryGenerator.DemoRoutine(r.id(), r.version(), r.steps().size()))
                .toList();
    }
}
