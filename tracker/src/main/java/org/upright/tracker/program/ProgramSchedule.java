package org.upright.tracker.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Which routines a program plans on which day (see {@link ProgramDays} for how days count);
 * the program lasts {@code weeks} weeks.
 */
public record ProgramSchedule(long programId, String title, int weeks, Map<Integer, List<Long>> routineIdsByDay) {

    public ProgramSchedule {
        routineIdsByDay = Map.copyOf(routineIdsByDay);
    }

    public int lastDay() {
        return ProgramDays.lastDay(weeks);
    }

    /** The routines planned on {@code day} for an enrollment that started on {@code startDate}. */
    public List<Long> routinesOn(LocalDate startDate, LocalDate day) {
        int dayNumber = ProgramDays.dayOf(startDate, day);
        if (dayNumber < 1 || dayNumber > lastDay()) {
            return List.of();
        }
        return routineIdsByDay.getOrDefault(dayNumber, List.of());
    }
}
