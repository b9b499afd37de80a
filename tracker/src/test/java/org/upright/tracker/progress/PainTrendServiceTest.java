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
import static org.assertj.core.api.Assertions.within;

/** Clock: 2026-03-15 (UTC). Expected values are worked out by hand in the comments. */
@SpringBootTest
class PainTrendServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Autowired
    PainTrendService trends;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    Members members;

    @BeforeAll
    static void programs(@Autowired InMemoryProgramSchedules schedules) {
        schedules.add(new ProgramSchedule(901, "Trend test program", 6, Map.of()));
    }

    @Test
    void dailySeriesKeepsGapsAndAveragesTheRatedDaysOfTheLastSeven() {
        long member = members.create();
        // 03-01 .. 03-09: 6, 4, -, 5, -, -, 8, 2, 3
        members.rate(member, LocalDate.of(2026, 3, 1), 6, 4, null, 5, null, null, 8, 2, 3);
        members.session(member, LocalDate.of(2026, 3, 7), 1, null, null);
        members.session(member, LocalDate.of(2026, 3, 7), 2, null, null);

        PainSeries series = trends.dailySeries(member, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 9));

        assertThat(series.days()).extracting(DailyPain::day)
                .containsExactly(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5),
                        LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8),
                        LocalDate.of(2026, 3, 9));
        assertThat(series.days()).extracting(DailyPain::score).containsExactly(null, 5, null, null, 8, 2, 3);
        assertThat(series.days()).extracting(DailyPain::rollingAverage).containsExactly(
                null,   // 03-03: only 6 and 4 in the window (fewer than 3 rated days)
                5.0,    // 03-04: (6 + 4 + 5) / 3, the days before the range count
                5.0,    // 03-05: a gap day keeps the average of the rated days around it
                5.0,    // 03-06
                5.75,   // 03-07: (6 + 4 + 5 + 8) / 4
                4.75,   // 03-08: 03-01 left the window: (4 + 5 + 8 + 2) / 4
                4.5);   // 03-09: (5 + 8 + 2 + 3) / 4
        assertThat(series.days()).extracting(DailyPain::sessions).containsExactly(0, 0, 0, 0, 2, 0, 0);
        assertThat(series.ratedDays()).isEqualTo(4);
        assertThat(series.sessionDays()).isEqualTo(1);
    }

    @Test
    void recentSeriesEndsTodayAndAnEmptyMemberHasOnlyGaps() {
        long member = members.create();
        PainSeries series = trends.recentSeries(member, 30);
        assertThat(series.days()).hasSize(30);
        assertThat(series.to()).isEqualTo(TODAY);
        assertThat(series.days()).allSatisfy(d -> {
            assertThat(d.score()).isNull();
            assertThat(d.rollingAverage()).isNull();
        });
        assertThat(trends.baseline(member)).isEmpty();
        assertThat(trends.comparison(member)).isEmpty();
    }

    @Test
    void baselineWithoutCurrentUntilThereAreRatingsAfterTheBaselineDays() {
        long member = members.create();
        members.rate(member, TODAY.minusDays(9), 6, 6, 7, 7, 8);
        assertThat(trends.baseline(member)).hasValueSatisfying(b -> {
            assertThat(b.source()).isEqualTo(BaselineSource.JOINED);
            assertThat(b.period().ratedDays()).isEqualTo(5);
            assertThat(b.mean()).isCloseTo(6.8, within(1e-9));
            assertThat(b.bandLow()).isCloseTo(4.8, within(1e-9));  // threshold: 30 % of 6.8 is 2.04, capped at 2
            assertThat(b.bandHigh()).isCloseTo(8.8, within(1e-9));
        });
        assertThat(trends.comparison(member)).isEmpty();
    }

    @Test
    void twoPointsFallIsImprovedButOnePointEightSixIsNot() {
        // baseline 9.0: 30 % would be 2.7, so the 2-point threshold decides
        assertThat(label(rep(9, 7), rep(7, 7))).isEqualTo(ChangeLabel.IMPROVED);                // -2.0
        assertThat(label(rep(9, 7), List.of(7, 7, 7, 7, 7, 7, 8))).isEqualTo(ChangeLabel.NO_CLEAR_CHANGE); // -13/7 = -1.86
    }

    @Test
    void thirtyPercentFallIsImprovedButTwentyEightPercentIsNot() {
        // baseline 5.0: 2 points would be 40 %, so the 30 % threshold decides
        assertThat(label(rep(5, 7), List.of(4, 3, 4, 3))).isEqualTo(ChangeLabel.IMPROVED);              // 3.5: -30 %
        assertThat(label(rep(5, 7), List.of(4, 3, 4, 3, 4, 3, 4))).isEqualTo(ChangeLabel.NO_CLEAR_CHANGE); // 25/7: -28.6 %
    }

    @Test
    void risesAreWorsenedAtTheSameThresholds() {
        assertThat(label(rep(3, 7), rep(4, 7))).isEqualTo(ChangeLabel.WORSENED);                   // +33 %
        assertThat(label(rep(3, 7), List.of(4, 4, 4, 4, 4, 4, 3))).isEqualTo(ChangeLabel.NO_CLEAR_CHANGE); // +28.6 %
    }

    @Test
    void currentIsTheLastSevenRatedDaysAfterTheBaseline() {
        long member = members.create();
        // 7 baseline days of 8, then 9 more: 6 6 | 5 5 4 4 3 3 2 -> current = last 7 = 26/7
        List<Integer> scores = new java.util.ArrayList<>(rep(8, 7));
        scores.addAll(List.of(6, 6, 5, 5, 4, 4, 3, 3, 2));
        members.rate(member, TODAY.minusDays(scores.size() - 1L), scores.toArray(Integer[]::new));
        PainComparison c = trends.comparison(member).orElseThrow();
        assertThat(c.baseline().mean()).isEqualTo(8.0);
        assertThat(c.current().ratedDays()).isEqualTo(7);
        assertThat(c.current().mean()).isCloseTo(26.0 / 7, within(1e-9));
        assertThat(c.current().to()).isEqualTo(TODAY);
        assertThat(c.change()).isCloseTo(-4.3, within(1e-9));              // as shown: 8.0 -> 3.7
        assertThat(c.fractionalChange()).isCloseTo(-4.3 / 8, within(1e-9));
        assertThat(c.label()).isEqualTo(ChangeLabel.IMPROVED);
    }

    @Test
    void withAnEnrollmentTheBaselineIsItsFirstSevenRatedDays() {
        long member = members.create();
        members.rate(member, TODAY.minusDays(40), rep(9, 10).toArray(Integer[]::new)); // before enrolling: ignored
        LocalDate start = TODAY.minusDays(20);
        enrollments.enroll(member, 901, start);
        members.rate(member, start, 6, null, 6, 6, 5, 5, 4, 4, 3, 3, 3, 2);
        PainComparison c = trends.comparison(member).orElseThrow();
        assertThat(c.baseline().source()).isEqualTo(BaselineSource.PROGRAM);
        assertThat(c.baseline().period().from()).isEqualTo(start);
        assertThat(c.baseline().period().to()).isEqualTo(start.plusDays(7)); // 7 rated days, one gap
        assertThat(c.baseline().mean()).isCloseTo(36.0 / 7, within(1e-9));  // 6 6 6 5 5 4 4
        assertThat(c.current().ratedDays()).isEqualTo(4);                   // 3 3 3 2
        assertThat(c.current().mean()).isEqualTo(2.75);
        // and the member still sees how far they came since joining: 9.0 then
        PainProgress pain = trends.progress(member);
        assertThat(pain.sinceJoined().comparison()).hasValueSatisfying(j -> {
            assertThat(j.baseline().mean()).isEqualTo(9.0);
            assertThat(j.label()).isEqualTo(ChangeLabel.IMPROVED);
        });
        assertThat(pain.sinceProgram()).hasValueSatisfying(p -> assertThat(p.comparison()).contains(c));
    }

    private ChangeLabel label(List<Integer> baseline, List<Integer> current) {
        long member = members.create();
        List<Integer> scores = new java.util.ArrayList<>(baseline);
        scores.addAll(current);
        members.rate(member, TODAY.minusDays(scores.size() - 1L), scores.toArray(Integer[]::new));
        return trends.comparison(member).orElseThrow().label();
    }

    static List<Integer> rep(int score, int days) {
        return java.util.Collections.nCopies(days, score);
    }
}
