package org.upright.portal.home.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.content.program.ProgramService;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.enrollment.EnrollmentService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.upright.portal.testing.TrackerData;
import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.progress.AlertService;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class TodayCardTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    ProgramService programs;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void withoutAProgramTheMemberIsOfferedSome() {
        TestAccounts.signIn(accounts.screened(accounts.create(Role.MEMBER)));
        navigate("today", MemberHomeView.class);
        String text = $(TodayCard.class).single().getElement().getTextRecursively();
        assertThat(text).contains("Pick a program").contains("Mid-back reset");
    }

    @Test
    void fourWeeksInWithoutAClearImprovementTheMemberIsAdvisedToSeeAClinicianAndTheCoachIsAlerted(
            @Autowired TrackerData data, @Autowired AlertService alerts) {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile stuck = accounts.screened(accounts.create(Role.MEMBER, coach.id()));
        AccountProfile early = accounts.screened(accounts.create(Role.MEMBER, coach.id()));
        TestAccounts.signIn(stuck);
        long programId = programs.findPublishedBySlug("mid-back-reset").orElseThrow().id();
        for (AccountProfile member : List.of(stuck, early)) {
            int day = member == stuck ? 30 : 20;
            data.enroll(member.id(), programId, data.today(member.id()).minusDays(day - 1L));
            data.ratings(member.id(), 0, java.util.Collections.nCopies(day, 5).stream().mapToInt(Integer::intValue).toArray());
        }

        TestAccounts.signIn(stuck);
        navigate("today", MemberHomeView.class);
        assertThat($(CheckpointCard.class).single().getElement().getTextRecursively())
                .contains("Time to see a clinician", "program has come to its end", "not clearly improved", "5.0 → 5.0",
                        "doctor or physiotherapist");
        assertThat(alerts.alerts(stuck.id())).extracting(Alert::kind).contains(AlertKind.NO_IMPROVEMENT);

        TestAccounts.signIn(early);
        navigate("today", MemberHomeView.class);
        assertThat($(CheckpointCard.class).all()).isEmpty();
        assertThat(alerts.alerts(early.id())).extracting(Alert::kind).doesNotContain(AlertKind.NO_IMPROVEMENT);
    }

    @Test
    void anEnrolledMemberSeesTodaysRoutinesWithStartButtons() {
        AccountProfile member = accounts.screened(accounts.create(Role.MEMBER));
        TestAccounts.signIn(member);
        long programId = programs.findPublishedBySlug("mid-back-reset").orElseThrow().id();
        enrollments.enroll(member.id(), programId, LocalDate.now(clock).minusDays(7));
        navigate("today", MemberHomeView.class);
        TodayCard card = $(TodayCard.class).single();
        assertThat(card.getElement().getTextRecursively()).contains("Day 8 of 28").contains("Next: day 9");
        Button start = $(Button.class, card).all().stream().filter(b -> b.getText().equals("Start")).findFirst()
                .orElseThrow();
        test(start).click();
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("RoutineTimerView");
    }
}
