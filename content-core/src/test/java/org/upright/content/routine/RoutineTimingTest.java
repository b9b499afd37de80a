package org.upright.content.routine;

import org.junit.jupiter.api.Test;
import org.upright.content.ContentFixtures;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The same arithmetic as the timer's phase plan (portal-ui/src/test/js/phases.test.mjs). */
class RoutineTimingTest {

    @Test
    void plainStepIsGetReadyPlusRepetitionsOfHoldAndRelax() {
        assertThat(RoutineTiming.stepSeconds(ContentFixtures.step("Wall press", 20, 10, 3, false))).isEqualTo(5 + 3 * 30);
    }

    @Test
    void perSideStepCountsBothSidesEachWithItsOwnGetReady() {
        assertThat(RoutineTiming.stepSeconds(ContentFixtures.step("Hip", 20, 10, 2, true))).isEqualTo(2 * (5 + 2 * 30));
    }

    @Test
    void zeroRelaxAddsNothing() {
        assertThat(RoutineTiming.stepSeconds(ContentFixtures.step("Hold", 20, 0, 3, false))).isEqualTo(5 + 60);
    }

    @Test
    void totalIsTheSumOfSteps() {
        List<RoutineStep> steps = List.of(ContentFixtures.step("A", 20, 10, 3, false), ContentFixtures.step("B", 30, 0, 2, true));
        assertThat(RoutineTiming.totalSeconds(steps)).isEqualTo(95 + 2 * (5 + 60));
        assertThat(RoutineTiming.totalSeconds(List.of())).isZero();
    }
}
