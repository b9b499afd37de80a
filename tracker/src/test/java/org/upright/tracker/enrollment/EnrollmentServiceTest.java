package org.upright.tracker.enrollment;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.tracker.program.ProgramSchedule;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.tracker.testing.InMemoryProgramSchedules;
import org.upright.tracker.testing.Members;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class EnrollmentServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Autowired
    EnrollmentService enrollments;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void programs(@Autowired InMemoryProgramSchedules schedules) {
        schedules.add(new ProgramSchedule(701, "Desk worker", 4, Map.of(1, List.of(1L))));
        schedules.add(new ProgramSchedule(702, "Runner", 2, Map.of(1, List.of(2L))));
    }

    @Test
    void enrollingAgainEndsThePreviousEnrollmentAndKeepsHistory() {
        long member = members.create();
        assertThat(enrollments.current(member)).isEmpty();
        EnrollmentView first = enrollments.enroll(member, 701, TODAY.minusDays(20));
        EnrollmentView second = enrollments.enroll(member, 702, TODAY);

        assertThat(enrollments.current(member)).contains(second);
        assertThat(second.active()).isTrue();
        List<EnrollmentView> history = enrollments.history(member);
        assertThat(history).extracting(EnrollmentView::id).containsExactly(second.id(), first.id());
        assertThat(history.get(1).endedOn()).isEqualTo(TODAY);
        assertThat(history.get(1).active()).isFalse();
    }

    @Test
    void theDatabaseAllowsOneActiveEnrollmentPerMember() {
        long member = members.create();
        enrollments.enroll(member, 701, TODAY);
        assertThatThrownBy(() -> jdbc.sql("insert into enrollment (member_id, program_id, start_date) values (?, 701, ?)")
                .params(member, TODAY).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("enrollment_one_active_uq");
    }

    @Test
    void refusesUnknownProgramsAndFarAwayDates() {
        long member = members.create();
        assertThatThrownBy(() -> enrollments.enroll(member, 999, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("programId").orElseThrow()).contains("Unknown program 999"));
        assertThatThrownBy(() -> enrollments.enroll(member, 701, TODAY.plusYears(2)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("startDate").orElseThrow()).contains("within a year"));
        assertThatThrownBy(() -> enrollments.enroll(member, 701, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("startDate").orElseThrow()).contains("Choose a start date"));
        assertThat(enrollments.history(member)).isEmpty();
    }
}
