package org.upright.tracker.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Which routines a program plans on which day. Day 1 is the enrollment's start date;
 * the program lasts {@code weeks} weeks.
 */
public record ProgramSchedule(long programId, String title, int weeks, Map<Integer, List<Long>> routineIdsByDay) {

    public ProgramSchedule {
        routineIdsByDay = Map.copyOf(routineIdsByDay);
    }

    /** The routines planned on {@code day} for an enrollment that started on {@code startDate}. */
    public List<Long> routinesOn(LocalDate startDate, LocalDate day) {
        long dayNumber = ChronoUnit.DAYS.between(startDate, day) + 1;
        if (dayNumber < 1 || dayNumber > weeks * 7L) {
            return List.of();
        }
        return routineIdsByDay.getOrDefault((int) dayNumber, List.of());
    }
}
