package org.upright.tracker.progress;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.program.ProgramSchedule;
import org.upright.tracker.testing.InMemoryProgramSchedules;
import org.upright.tracker.testing.Members;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Clock: 2026-03-15 (UTC). */
@SpringBootTest
class AdherenceServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Autowired
    AdherenceService adherence;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    Members members;

    @BeforeAll
    static void programs(@Autowired InMemoryProgramSchedules schedules) {
        // day 1: routine 11; day 2: 12; day 3: 11 and 12; day 5: 11; two weeks
        schedules.add(new ProgramSchedule(801, "Adherence test program", 2,
                Map.of(1, List.of(11L), 2, List.of(12L), 3, List.of(11L, 12L), 5, List.of(11L))));
    }

    @Test
    void countsPlannedSessionsDoneOnTheirDay() {
        long member = members.create();
        enrollments.enroll(member, 801, LocalDate.of(2026, 3, 10)); // day 1 = 03-10, day 5 = 03-14
        members.session(member, LocalDate.of(2026, 3, 8), 11, null, null);  // before the program: 28-day count only
        members.session(member, LocalDate.of(2026, 3, 10), 11, null, null); // done
        members.session(member, LocalDate.of(2026, 3, 11), 11, null, null); // 12 was planned: not done
        members.session(member, LocalDate.of(2026, 3, 12), 12, null, null); // one of the two planned that day
        members.session(member, LocalDate.of(2026, 3, 14), 11, null, null); // done
        members.session(member, LocalDate.of(2026, 3, 14), 11, null, null); // an extra one

        AdherenceSummary summary = adherence.adherence(member);

        assertThat(summary.enrolled()).isTrue();
        assertThat(summary.programTitle()).isEqualTo("Adherence test program");
        // planned: 03-10 (11), 03-11 (12), 03-12 (11, 12), 03-14 (11) = 5; done: 03-10, 03-12/12, 03-14 = 3
        assertThat(summary.last7Days()).isEqualTo(new Adherence(LocalDate.of(2026, 3, 9), TODAY, 5, 3, 5));
        assertThat(summary.last7Days().percent()).hasValue(60);
        assertThat(summary.last28Days()).isEqualTo(new Adherence(LocalDate.of(2026, 2, 16), TODAY, 5, 3, 6));
    }

    @Test
    void withoutEnrollmentNothingIsPlanned() {
        long member = members.create();
        members.session(member, TODAY, 11, null, null);
        AdherenceSummary summary = adherence.adherence(member);
        assertThat(summary.enrolled()).isFalse();
        assertThat(summary.last7Days().planned()).isZero();
        assertThat(summary.last7Days().sessions()).isEqualTo(1);
        assertThat(summary.last7Days().percent()).isEmpty();
    }

    @Test
    void theProgramEndsAfterItsWeeks() {
        long member = members.create();
        enrollments.enroll(member, 801, TODAY.minusDays(30)); // two weeks long: over 16 days ago
        assertThat(adherence.adherence(member).last28Days().planned()).isEqualTo(1); // only day 5 (= TODAY-26) falls in
    }

    @Test
    void streaksCountRatingAndSessionDaysAndSurviveAnUnfinishedToday() {
        long member = members.create();
        members.rate(member, TODAY.minusDays(10), 5, 5, 5, 5, 5);  // -10 .. -6: a run of 5
        members.session(member, TODAY.minusDays(4), 11, null, null); // -5 is a gap
        members.rate(member, TODAY.minusDays(3), 4, 4, 4);         // -4 .. -1: a run of 4 ending yesterday
        members.session(member, TODAY.minusDays(3), 11, null, null); // same day as a rating: counted once

        assertThat(adherence.streak(member)).isEqualTo(new ActivityStreak(4, 5, TODAY.minusDays(1)));

        members.rate(member, TODAY, 3);
        assertThat(adherence.streak(member)).isEqualTo(new ActivityStreak(5, 5, TODAY));
    }

    @Test
    void aStreakEndingTheDayBeforeYesterdayIsOver() {
        long member = members.create();
        members.rate(member, TODAY.minusDays(3), 5, 5);
        assertThat(adherence.streak(member)).isEqualTo(new ActivityStreak(0, 2, TODAY.minusDays(2)));
        assertThat(adherence.streak(members.create())).isEqualTo(new ActivityStreak(0, 0, null));
    }
}
