package org.upright.tracker.plan;

import org.junit.jupiter.api.Test;
import org.upright.content.program.ProgramDay;
import org.upright.content.program.ProgramView;
import org.upright.content.routine.RoutineRef;
import org.upright.tracker.plan.TodayPlan.PlannedRoutine;
import org.upright.tracker.program.ProgramDays.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TodayPlannerTest {

    private static final RoutineRef WALL = new RoutineRef(1, "wall-press", "Wall press", 200);
    private static final RoutineRef CHEST = new RoutineRef(2, "chest", "Chest stretch", 150);
    private static final RoutineRef CORE = new RoutineRef(3, "core", "Core basics", 300);
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    /** Two weeks: day 1 wall press; day 2 wall press + chest; days 3–7 rest; day 8 core; day 14 chest. */
    private static final ProgramView PROGRAM = new ProgramView(9, "two-weeks", "Two weeks", "Test", 2, List.of(
            new ProgramDay(1, List.of(WALL)), new ProgramDay(2, List.of(WALL, CHEST)),
            new ProgramDay(8, List.of(CORE)), new ProgramDay(14, List.of(CHEST))), List.of(), Instant.EPOCH);

    @Test
    void dayOneListsItsRoutinesAndTheNextDay() {
        TodayPlan plan = TodayPlanner.plan(PROGRAM, START, START, Set.of());
        assertThat(plan.stage()).isEqualTo(Stage.ACTIVE);
        assertThat(plan.day()).isEqualTo(1);
        assertThat(plan.lastDay()).isEqualTo(14);
        assertThat(plan.routines()).extracting(PlannedRoutine::slug).containsExactly("wall-press");
        assertThat(plan.routines()).extracting(PlannedRoutine::done).containsExactly(false);
        assertThat(plan.next().day()).isEqualTo(2);
        assertThat(plan.next().date()).isEqualTo(START.plusDays(1));
        assertThat(plan.next().routineTitles()).containsExactly("Wall press", "Chest stretch");
    }

    @Test
    void dayEightMarksWhatWasDoneAndSkipsRestDaysForNext() {
        TodayPlan plan = TodayPlanner.plan(PROGRAM, START, START.plusDays(7), Set.of(3L));
        assertThat(plan.day()).isEqualTo(8);
        assertThat(plan.routines()).extracting(PlannedRoutine::title, PlannedRoutine::done)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Core basics", true));
        assertThat(plan.allDone()).isTrue();
        assertThat(plan.next().day()).isEqualTo(14);
    }

    @Test
    void aRestDayHasNoRoutinesButShowsWhatComesNext() {
        TodayPlan plan = TodayPlanner.plan(PROGRAM, START, START.plusDays(3), Set.of(1L));
        assertThat(plan.day()).isEqualTo(4);
        assertThat(plan.routines()).isEmpty();
        assertThat(plan.allDone()).isFalse();
        assertThat(plan.next().day()).isEqualTo(8);
    }

    @Test
    void afterTheProgramEndsNothingIsPlanned() {
        TodayPlan plan = TodayPlanner.plan(PROGRAM, START, START.plusDays(14), Set.of());
        assertThat(plan.stage()).isEqualTo(Stage.FINISHED);
        assertThat(plan.day()).isEqualTo(15);
        assertThat(plan.routines()).isEmpty();
        assertThat(plan.next()).isNull();
    }

    @Test
    void beforeTheStartDateDayOneIsNext() {
        TodayPlan plan = TodayPlanner.plan(PROGRAM, START, START.minusDays(2), Set.of());
        assertThat(plan.stage()).isEqualTo(Stage.NOT_STARTED);
        assertThat(plan.routines()).isEmpty();
        assertThat(plan.next().day()).isEqualTo(1);
    }
}
