package org.upright.content.routine;

import org.junit.jupiter.api.Test;
import org.upright.content.routine.PhasePlan.Kind;
import org.upright.content.routine.PhasePlan.Phase;
import org.upright.content.routine.PhasePlan.Side;
import org.upright.content.routine.PhasePlan.StepTiming;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhasePlanTest {

    private static final StepTiming WALL_PRESS = new StepTiming("Press and hold", 20, 10, 3, false);
    private static final StepTiming HIP_FLEXOR = new StepTiming("Half-kneeling stretch", 30, 5, 2, true);
    private static final StepTiming NO_RELAX = new StepTiming("Brace", 10, 0, 2, false);
    private static final StepTiming SINGLE = new StepTiming("Chin tuck", 5, 5, 1, false);

    @Test
    void wallPressGetsReadyThenAlternatesHoldAndRelax() {
        PhasePlan plan = PhasePlan.of(List.of(WALL_PRESS), 5);
        assertThat(plan.phases()).extracting(Phase::kind).containsExactly(
                Kind.GET_READY, Kind.HOLD, Kind.RELAX, Kind.HOLD, Kind.RELAX, Kind.HOLD, Kind.RELAX);
        assertThat(plan.phases()).extracting(Phase::rep).containsExactly(1, 1, 1, 2, 2, 3, 3);
        assertThat(plan.totalSeconds()).isEqualTo(5 + 3 * (20 + 10));
    }

    @Test
    void perSideStepsRunLeftThenRightEachWithItsOwnGetReady() {
        PhasePlan plan = PhasePlan.of(List.of(HIP_FLEXOR), 5);
        assertThat(plan.phases()).extracting(Phase::side).containsExactly(
                Side.LEFT, Side.LEFT, Side.LEFT, Side.LEFT, Side.LEFT,
                Side.RIGHT, Side.RIGHT, Side.RIGHT, Side.RIGHT, Side.RIGHT);
        assertThat(plan.phases().get(5).kind()).isEqualTo(Kind.GET_READY);
        assertThat(plan.totalSeconds()).isEqualTo(2 * (5 + 2 * (30 + 5)));
    }

    @Test
    void zeroRelaxLeavesNoRelaxPhase() {
        PhasePlan plan = PhasePlan.of(List.of(NO_RELAX), 5);
        assertThat(plan.phases()).extracting(Phase::kind).containsExactly(Kind.GET_READY, Kind.HOLD, Kind.HOLD);
        assertThat(plan.phases().get(2).startOffsetMs()).isEqualTo(15_000);
    }

    @Test
    void oneRepetitionAndNoGetReady() {
        PhasePlan plan = PhasePlan.of(List.of(SINGLE), 0);
        assertThat(plan.phases()).extracting(Phase::kind).containsExactly(Kind.HOLD, Kind.RELAX);
        assertThat(plan.totalSeconds()).isEqualTo(10);
    }

    @Test
    void locatesPhasesAtExactBoundaries() {
        PhasePlan plan = PhasePlan.of(List.of(WALL_PRESS), 5);
        assertThat(plan.indexAt(0)).isZero();
        assertThat(plan.indexAt(4_999)).isZero();
        assertThat(plan.indexAt(5_000)).isEqualTo(1);
        assertThat(plan.indexAt(95_000)).isEqualTo(plan.phases().size());
        assertThat(plan.indexAt(94_999)).isEqualTo(6);
    }

    @Test
    void skipMovesToTheNextPhaseAndPastTheLastToTheEnd() {
        PhasePlan plan = PhasePlan.of(List.of(WALL_PRESS), 5);
        assertThat(plan.skip(0)).isEqualTo(5_000);
        assertThat(plan.skip(7_000)).isEqualTo(25_000);
        assertThat(plan.skip(90_000)).isEqualTo(95_000);
        assertThat(plan.skip(95_000)).isEqualTo(95_000);
    }

    @Test
    void backRestartsThePhaseOrGoesToThePreviousWhenJustStarted() {
        PhasePlan plan = PhasePlan.of(List.of(WALL_PRESS), 5);
        assertThat(plan.back(0)).isZero();
        assertThat(plan.back(1_000)).isZero();
        assertThat(plan.back(5_500)).isZero();            // 0.5 s into HOLD: back to GET_READY
        assertThat(plan.back(6_501)).isEqualTo(5_000);    // 1.501 s into HOLD: restart HOLD
        assertThat(plan.back(95_000)).isEqualTo(85_000);  // after the end: the last phase
    }

    @Test
    void countsCompletedStepsAcrossSteps() {
        PhasePlan plan = PhasePlan.of(List.of(SINGLE, NO_RELAX), 5);
        assertThat(plan.stepsCompleted(0, 2)).isZero();
        assertThat(plan.stepsCompleted(14_999, 2)).isZero();
        assertThat(plan.stepsCompleted(15_000, 2)).isEqualTo(1);
        assertThat(plan.stepsCompleted(plan.totalSeconds() * 1000L, 2)).isEqualTo(2);
    }

    @Test
    void agreesWithTheAdvertisedRoutineLength() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200; i++) {
            List<RoutineStep> steps = java.util.stream.IntStream.range(0, 1 + random.nextInt(4))
                    .mapToObj(n -> new RoutineStep("Step " + n, "Do it.", 5 + random.nextInt(60), random.nextInt(3) * 5,
                            1 + random.nextInt(4), random.nextBoolean(), "Gently."))
                    .toList();
            assertThat(PhasePlan.of(steps).totalSeconds()).isEqualTo(RoutineTiming.totalSeconds(steps));
        }
    }
}
