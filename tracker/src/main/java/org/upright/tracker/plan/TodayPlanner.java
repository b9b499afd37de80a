package org.upright.tracker.plan;

import org.upright.content.program.ProgramDay;
import org.upright.content.program.ProgramView;
import org.upright.content.routine.RoutineRef;
import org.upright.tracker.plan.TodayPlan.PlannedRoutine;
import org.upright.tracker.program.ProgramDays;
import org.upright.tracker.program.ProgramDays.Stage;
import org.upright.tracker.plan.TodayPlan.UpcomingDay;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Works out today's plan from a program's schedule: a pure function, so it is tested without a database. */
final class TodayPlanner {

    private TodayPlanner() {
    }

    static TodayPlan plan(ProgramView program, LocalDate startDate, LocalDate today, Set<Long> routinesDoneToday) {
        int day = ProgramDays.dayOf(startDate, today);
        Stage stage = ProgramDays.stage(startDate, today, program.lastDay());
        List<PlannedRoutine> routines = stage != Stage.ACTIVE ? List.of() : program.routinesOn(day).stream()
                .map(r -> new PlannedRoutine(r.id(), r.slug(), r.title(), r.totalSeconds(),
                        routinesDoneToday.contains(r.id())))
                .toList();
        UpcomingDay next = program.schedule().stream()
                .filter(d -> d.day() > day)
                .findFirst()
                .map(d -> upcoming(d, startDate))
                .orElse(null);
        return new TodayPlan(program.id(), program.slug(), program.title(), startDate, day, program.lastDay(), stage,
                routines, next);
    }

    private static UpcomingDay upcoming(ProgramDay day, LocalDate startDate) {
        return new UpcomingDay(day.day(), ProgramDays.dateOf(startDate, day.day()),
                day.routines().stream().map(RoutineRef::title).toList());
    }
}
