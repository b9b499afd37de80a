package org.upright.portal.demo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.upright.content.program.ProgramService;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.accounts.NewAccount;
import org.upright.kernel.Role;
import org.upright.tracker.cohort.ClientFilter;
import org.upright.tracker.cohort.CoachClientsService;
import org.upright.tracker.cohort.TriageAlert;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.pain.PainRatingService;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.shared.MemberCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo coach's extra clients give the triage queue one case of each alert. (Demo loaders do
 * not run against the test database, so the test runs this one itself.)
 */
@SpringBootTest
class DemoClientsLoaderTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PainRatingService ratings;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    ProgramService programs;
    @Autowired
    MemberCalendar calendar;
    @Autowired
    CoachClientsService clients;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theDemoCoachGetsOneClientPerKindOfCaseOnceOnly() {
        AccountProfile coach = accounts.findByUsername(DemoDataLoader.COACH).orElseGet(() -> accounts.create(
                new NewAccount(DemoDataLoader.COACH, "Casey Coach", "coach-upright", Role.COACH, null)));
        DemoClientsLoader loader = new DemoClientsLoader(accounts, ratings, enrollments, programs, calendar);
        // the loader signs in as "system" through the global holder; with several cached test contexts
        // this context's method security also needs the test sign-in (see TestAccounts)
        TestAccounts.signIn(coach);
        loader.runAtStartup();
        loader.runAtStartup();

        assertThat(clients.countClients(ClientFilter.ALL.withText("demo-"))).isEqualTo(5);
        assertThat(clients.triage(PageRequest.of(0, 50))).filteredOn(a -> a.memberName().endsWith(" " + kindWord(a)))
                .extracting(TriageAlert::kind)
                .containsExactly(AlertKind.HIGH_PAIN_RUN, AlertKind.WORSENING, AlertKind.INACTIVE); // triage order
    }

    /** The demo names say their case: Walt Worsening, Hana High, Quinn Quiet. */
    private static String kindWord(TriageAlert alert) {
        return switch (alert.kind()) {
            case WORSENING -> "Worsening";
            case HIGH_PAIN_RUN -> "High";
            case INACTIVE -> "Quiet";
            case SCREENING_RED_FLAG, PAIN_SPIKE, SESSION_PAIN_RISE, NO_IMPROVEMENT -> "(no demo client)";
        };
    }
}
