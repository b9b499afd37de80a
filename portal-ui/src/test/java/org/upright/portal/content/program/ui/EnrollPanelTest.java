package org.upright.portal.content.program.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
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

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class EnrollPanelTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    Clock clock;
    @Autowired
    ProgramService programs;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void memberStartsAProgramFromItsPage() {
        AccountProfile member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(member);
        navigate("programs/mid-back-reset", ProgramPageView.class);
        assertThat($(DatePicker.class).id("enroll-start").getValue()).isEqualTo(LocalDate.now(clock));
        test($(Button.class).id("enroll-button")).click();
        assertThat(enrollments.current(member.id())).hasValueSatisfying(e ->
                assertThat(e.startDate()).isEqualTo(LocalDate.now(clock)));

        navigate("programs/mid-back-reset", ProgramPageView.class);
        assertThat($(EnrollPanel.class).single().getElement().getTextRecursively())
                .contains("You're on this program").contains("day 1 of 28");
    }

    @Test
    void aStartDateMoreThanAYearAwayIsRefusedNextToTheFieldAndKept() {
        AccountProfile member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(member);
        navigate("programs/mid-back-reset", ProgramPageView.class);
        DatePicker start = $(DatePicker.class).id("enroll-start");
        LocalDate tooLate = LocalDate.now(clock).plusYears(2);
        start.setValue(tooLate); // typed in: the picker itself would not offer it
        test($(Button.class).id("enroll-button")).click();
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).contains("within a year");
        assertThat(start.getValue()).isEqualTo(tooLate);
        assertThat(enrollments.current(member.id())).isEmpty();
    }

    @Test
    void switchingProgramAsksFirstThenEndsTheOldOneAndKeepsItsHistory() {
        AccountProfile member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(member);
        long desk = programs.findPublishedBySlug("desk-neck-shoulders").orElseThrow().id();
        enrollments.enroll(member.id(), desk, LocalDate.now(clock).minusDays(3));
        navigate("programs/mid-back-reset", ProgramPageView.class);
        assertThat($(EnrollPanel.class).single().getElement().getTextRecursively())
                .contains("Switch to this program").contains("Desk worker neck and shoulders");
        test($(Button.class).id("enroll-button")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(enrollments.current(member.id())).hasValueSatisfying(e -> assertThat(e.programId()).isNotEqualTo(desk));
        assertThat(enrollments.history(member.id())).hasSize(2)
                .anySatisfy(e -> assertThat(e.endedOn()).isEqualTo(LocalDate.now(clock)));
    }

    @Test
    void coachesSeeTheProgramButCannotEnroll() {
        TestAccounts.signIn(accounts.create(Role.COACH));
        navigate("programs/mid-back-reset", ProgramPageView.class);
        assertThat($(EnrollPanel.class).all()).isEmpty();
    }
}
