package org.upright.portal.security.access;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.upright.accounts.AccountProfile;
import org.upright.content.article.ArticleService;
import org.upright.content.program.ProgramService;
import org.upright.content.routine.PublishedRoutine;
import org.upright.content.routine.RoutineService;
import org.upright.kernel.Role;
import org.upright.tracker.coaching.ConversationService;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.tracker.pain.PainRatingService;
import org.upright.tracker.session.CompletedSessionService;
import org.upright.tracker.session.SessionSubmission;
import org.upright.tracker.shared.MemberCalendar;
import org.springframework.context.ApplicationContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The people of the matrix, made once per test JVM: the subject member (coached by the assigned
 * coach, screened, enrolled, with a rating, a session and a message from the coach), another
 * member with another coach, and an admin.
 */
final class AccessFixture {

    final AccountProfile subject;
    final AccountProfile otherMember;
    final AccountProfile coach;
    final AccountProfile otherCoach;
    final AccountProfile admin;
    final PublishedRoutine routine;
    final long programId;
    final long articleId;
    final UUID sessionId;
    final LocalDate today;

    AccessFixture(ApplicationContext context) {
        TestAccounts accounts = context.getBean(TestAccounts.class);
        coach = accounts.create(Role.COACH);
        otherCoach = accounts.create(Role.COACH);
        subject = accounts.screened(accounts.create(Role.MEMBER, coach.id()));
        otherMember = accounts.screened(accounts.create(Role.MEMBER, otherCoach.id()));
        admin = accounts.create(Role.ADMIN);
        today = context.getBean(MemberCalendar.class).today(subject.id());

        TestAccounts.signIn(subject);
        routine = context.getBean(RoutineService.class).findPublishedBySlug("core-basics").orElseThrow();
        programId = context.getBean(ProgramService.class).findPublishedBySlug("mid-back-reset").orElseThrow().id();
        articleId = context.getBean(ArticleService.class).findPublishedBySlug("rating-your-pain").orElseThrow().id();
        context.getBean(EnrollmentService.class).enroll(subject.id(), programId, today);
        context.getBean(PainRatingService.class).save(subject.id(), new PainRatingInput(today, 4, Set.of(), null));
        sessionId = UUID.randomUUID();
        context.getBean(CompletedSessionService.class).record(subject.id(), session(sessionId));

        TestAccounts.signIn(coach);
        context.getBean(ConversationService.class).send(subject.id(), "Nice work this week");
        TestAccounts.signOut();
    }

    SessionSubmission session(UUID id) {
        Instant end = Instant.now().minusSeconds(60);
        int steps = routine.steps().size();
        return new SessionSubmission(id, routine.id(), routine.version(), end.minusSeconds(300), end,
                steps, steps, 300, 3, 2, null);
    }

    void signIn(Caller caller) {
        switch (caller) {
            case ANONYMOUS -> TestAccounts.authenticate(new AnonymousAuthenticationToken("access-matrix",
                    "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            case MEMBER_OWN -> TestAccounts.signIn(subject);
            case MEMBER_OTHER -> TestAccounts.signIn(otherMember);
            case COACH_ASSIGNED -> TestAccounts.signIn(coach);
            case COACH_NOT_ASSIGNED -> TestAccounts.signIn(otherCoach);
            case ADMIN -> TestAccounts.signIn(admin);
        }
    }
}
