package org.upright.tracker.progress;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.plan.ProgramSchedule;
import org.upright.tracker.testing.InMemoryProgramSchedules;
import org.upright.tracker.testing.Members;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Clock: 2026-03-15 (UTC). One test per rule, each with the case just inside and just outside it. */
@SpringBootTest
class AlertServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Autowired
    AlertService alerts;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    Members members;

    @BeforeAll
    static void programs(@Autowired InMemoryProgramSchedules schedules) {
        schedules.add(new ProgramSchedule(951, "Alert test program", 8, Map.of()));
    }

    @Test
    void worseningWhenCurrentRoseByTheMcid() {
        long worse = members.create();
        members.rate(worse, TODAY.minusDays(13), concat(3, 7, 6, 7));
        assertThat(alerts.alerts(worse)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.WORSENING);
            assertThat(a.to()).isEqualTo(TODAY);
            assertThat(a.description()).isEqualTo("Pain rose from 3.0 to 6.0 (+3.0 points)");
        });
        long steady = members.create();
        members.rate(steady, TODAY.minusDays(13), concat(5, 7, 6, 7)); // +1 point, +20 %
        assertThat(alerts.alerts(steady)).isEmpty();
    }

    @Test
    void highPainRunOfThreeDaysInARow() {
        long run = members.create();
        members.rate(run, TODAY.minusDays(4), 7, 9, 8, 4);
        assertThat(alerts.alerts(run)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.HIGH_PAIN_RUN);
            assertThat(a.from()).isEqualTo(TODAY.minusDays(4));
            assertThat(a.to()).isEqualTo(TODAY.minusDays(2));
            assertThat(a.description()).isEqualTo("3 days in a row rated 7 or higher");
        });
        long broken = members.create();
        members.rate(broken, TODAY.minusDays(4), 7, 8, null, 9, 7); // a gap breaks the run
        assertThat(alerts.alerts(broken)).isEmpty();
        long lower = members.create();
        members.rate(lower, TODAY.minusDays(2), 7, 6, 8);
        assertThat(alerts.alerts(lower)).isEmpty();
        long old = members.create();
        members.rate(old, TODAY.minusDays(20), 8, 8, 8); // long before the 14-day look-back
        assertThat(alerts.alerts(old)).isEmpty();
    }

    @Test
    void inactiveWhenEnrolledAndQuietForFourDays() {
        long quiet = members.create();
        enrollments.enroll(quiet, 951, TODAY.minusDays(10));
        members.rate(quiet, TODAY.minusDays(4), 5);
        assertThat(alerts.alerts(quiet)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.INACTIVE);
            assertThat(a.from()).isEqualTo(TODAY.minusDays(3));
            assertThat(a.to()).isEqualTo(TODAY);
            assertThat(a.description()).isEqualTo("No rating and no session for 4 days");
        });

        long recent = members.create();
        enrollments.enroll(recent, 951, TODAY.minusDays(10));
        members.session(recent, TODAY.minusDays(3), 1, null, null);
        assertThat(alerts.alerts(recent)).isEmpty();

        long neverStarted = members.create();
        enrollments.enroll(neverStarted, 951, TODAY.minusDays(3)); // 4 days since enrolling, none active
        assertThat(alerts.alerts(neverStarted)).singleElement()
                .satisfies(a -> assertThat(a.description()).isEqualTo("No rating and no session for 4 days since enrolling"));

        long justEnrolled = members.create();
        enrollments.enroll(justEnrolled, 951, TODAY.minusDays(2));
        assertThat(alerts.alerts(justEnrolled)).isEmpty();

        long notEnrolled = members.create();
        members.rate(notEnrolled, TODAY.minusDays(30), 5);
        assertThat(alerts.alerts(notEnrolled)).isEmpty();
    }

    private static Integer[] concat(int first, int firstDays, int then, int thenDays) {
        var scores = new java.util.ArrayList<Integer>(Collections.nCopies(firstDays, first));
        scores.addAll(Collections.nCopies(thenDays, then));
        return scores.toArray(Integer[]::new);
    }
}
