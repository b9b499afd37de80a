package org.upright.tracker.progress;

import org.junit.jupiter.api.BeforeAll;
import org.upright.tracker.alert.AlertKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.program.ProgramSchedule;
import org.upright.tracker.testing.InMemoryProgramSchedules;
import org.upright.tracker.testing.Members;
import org.upright.tracker.testing.SettableClock;

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
        members.rate(worse, TODAY.minusDays(13), 3, 3, 3, 3, 3, 3, 3, 5, 5, 6, 6, 6, 6, 6);
        assertThat(alerts.alerts(worse)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.WORSENING);
            assertThat(a.to()).isEqualTo(TODAY);
            assertThat(a.description()).isEqualTo("Pain rose from 3.0 to 5.7 (+2.7 points) since joining");
            assertThat(a.seen()).isFalse();
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
            assertThat(a.description()).isEqualTo("3 rated days in a row at 7 or higher, up to 9");
        });
        long oneGap = members.create();
        members.rate(oneGap, TODAY.minusDays(4), 7, 8, null, 9, 7); // one unrated day does not break the run
        assertThat(alerts.alerts(oneGap)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.HIGH_PAIN_RUN);
            assertThat(a.magnitude()).isEqualTo(4);
        });
        long broken = members.create();
        members.rate(broken, TODAY.minusDays(5), 7, 8, null, null, 9, 7); // two unrated days do
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

    @Test
    void aSingleTenOrAJumpOfThreeOverTheWeekBeforeIsASpike() {
        long ten = members.create();
        members.rate(ten, TODAY.minusDays(1), 10);
        assertThat(alerts.alerts(ten)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.PAIN_SPIKE);
            assertThat(a.from()).isEqualTo(TODAY.minusDays(1));
            assertThat(a.description()).isEqualTo("Rated 10 out of 10");
        });
        long jump = members.create();
        members.rate(jump, TODAY.minusDays(4), 3, 4, 3, 7); // 7 over the mean 3.3 of the days before
        assertThat(alerts.alerts(jump)).singleElement()
                .satisfies(a -> assertThat(a.description()).isEqualTo("Rated 7, 3.7 points above the 7-day average of 3.3"));
        long notQuite = members.create();
        members.rate(notQuite, TODAY.minusDays(4), 3, 4, 3, 6); // 2.7 above: not a spike
        assertThat(alerts.alerts(notQuite)).isEmpty();
    }

    @Test
    void aSessionWithPainTwoPointsHigherAfterIsFlagged() {
        long rise = members.create();
        members.session(rise, TODAY.minusDays(2), 1, 3, 5);
        assertThat(alerts.alerts(rise)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.SESSION_PAIN_RISE);
            assertThat(a.description()).isEqualTo("Pain rose from 3 to 5 during a session");
        });
        long small = members.create();
        members.session(small, TODAY.minusDays(2), 1, 3, 4);
        assertThat(alerts.alerts(small)).isEmpty();
    }

    @Test
    void aSessionEndingAtSevenOrMoreIsFlaggedWhateverPainWasBefore() {
        long high = members.create();
        members.session(high, TODAY.minusDays(1), 1, 6, 7);
        assertThat(alerts.alerts(high)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.SESSION_PAIN_RISE);
            assertThat(a.description()).isEqualTo("Pain was 7 after a session (6 before)");
        });
        long unknownBefore = members.create();
        members.session(unknownBefore, TODAY.minusDays(1), 1, null, 8);
        assertThat(alerts.alerts(unknownBefore)).singleElement()
                .satisfies(a -> assertThat(a.description()).isEqualTo("Pain was 8 after a session"));
        long belowSeven = members.create();
        members.session(belowSeven, TODAY.minusDays(1), 1, 5, 6);
        assertThat(alerts.alerts(belowSeven)).isEmpty();
    }

    @Test
    void aBadSessionAlertsForTwoWeeksAsTheClockMoves(@Autowired SettableClock clock) {
        long member = members.create();
        members.session(member, TODAY, 1, 2, 5);
        try {
            clock.set(SettableClock.DEFAULT.plus(java.time.Duration.ofDays(ProgressRules.LOOKBACK_DAYS - 1L)));
            assertThat(alerts.alerts(member)).extracting(a -> a.kind()).containsExactly(AlertKind.SESSION_PAIN_RISE);
            clock.set(SettableClock.DEFAULT.plus(java.time.Duration.ofDays(ProgressRules.LOOKBACK_DAYS)));
            assertThat(alerts.alerts(member)).isEmpty();
        } finally {
            clock.reset();
        }
    }

    @Test
    void theCheckpointAlertsFromWeekFourToSixAndAtTheEndAsTheClockMoves(@Autowired SettableClock clock) {
        long member = members.create();
        LocalDate start = TODAY.minusDays(26); // today is program day 27 of 8 weeks (program 951)
        enrollments.enroll(member, 951, start);
        members.rate(member, start, Collections.nCopies(70, 5).toArray(Integer[]::new)); // rated ahead: read up to "today"
        try {
            for (int day : new int[] {27, 28, 42, 43, 55, 56, 70, 71}) {
                clock.set(SettableClock.DEFAULT.plus(java.time.Duration.ofDays(day - 27L)));
                boolean expected = day >= 28 && day <= 42 || day >= 56 && day <= 70;
                assertThat(alerts.alerts(member).stream().anyMatch(a -> a.kind() == AlertKind.NO_IMPROVEMENT))
                        .as("day %d", day).isEqualTo(expected);
            }
        } finally {
            clock.reset();
        }
    }

    @Test
    void noInactivityOnceTheProgramIsOver(@Autowired InMemoryProgramSchedules schedules) {
        schedules.add(new ProgramSchedule(952, "One-week alert test program", 1, Map.of()));
        long finished = members.create();
        enrollments.enroll(finished, 952, TODAY.minusDays(20));
        assertThat(alerts.alerts(finished)).isEmpty();
    }

    private static Integer[] concat(int first, int firstDays, int then, int thenDays) {
        var scores = new java.util.ArrayList<Integer>(Collections.nCopies(firstDays, first));
        scores.addAll(Collections.nCopies(thenDays, then));
        return scores.toArray(Integer[]::new);
    }
}
