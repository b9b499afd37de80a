package org.upright.portal.coach;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.content.program.ProgramSummary;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.accounts.audit.AuditTarget;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TestAudit;
import org.upright.portal.testing.TrackerData;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.tracker.enrollment.EnrollmentService;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ClientProgramServiceTest {

    @Autowired
    ClientProgramService programs;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestAudit audit;
    @Autowired
    TrackerData data;

    AccountProfile coach;
    AccountProfile member;

    @BeforeEach
    void coachWithClient() {
        coach = accounts.create(Role.COACH);
        member = accounts.create(Role.MEMBER, coach.id());
        TestAccounts.signIn(coach);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void assigningAndChangingTheProgramIsAuditedWithProgramAndStart() {
        ProgramSummary first = programs.assignablePrograms().getFirst();
        ProgramSummary second = programs.assignablePrograms().getLast();
        LocalDate today = data.today(member.id());
        programs.assign(member.id(), first.id(), today);
        programs.assign(member.id(), second.id(), today.plusDays(2));

        assertThat(programs.current(member.id())).hasValueSatisfying(p -> {
            assertThat(p.programId()).isEqualTo(second.id());
            assertThat(p.startDate()).isEqualTo(today.plusDays(2));
            assertThat(p.title()).isEqualTo(second.title());
        });
        assertThat(enrollments.history(member.id())).hasSize(2);
        assertThat(audit.about(AuditTarget.ACCOUNT, member.id())).filteredOn(r -> r.action().equals("PROGRAM_ASSIGNED"))
                .extracting(TestAudit.Row::details)
                .containsExactly("program " + first.title() + " (id " + first.id() + ") from " + today,
                        "program " + second.title() + " (id " + second.id() + ") from " + today.plusDays(2));
    }

    @Test
    void refusedAssignmentsChangeNothingAndLeaveNoAuditRow() {
        ProgramSummary program = programs.assignablePrograms().getFirst();
        LocalDate tooLate = data.today(member.id()).plusYears(2);
        assertThatThrownBy(() -> programs.assign(member.id(), program.id(), tooLate))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("startDate"));
        assertThatThrownBy(() -> programs.assign(member.id(), program.id(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("startDate"));
        assertThatThrownBy(() -> programs.assign(member.id(), -1, data.today(member.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("programId"));
        assertThat(enrollments.current(member.id())).isEmpty();
        assertThat(audit.actionsAbout(AuditTarget.ACCOUNT, member.id())).containsExactly("ACCOUNT_CREATED");
    }
}
