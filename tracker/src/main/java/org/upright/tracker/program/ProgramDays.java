package org.upright.tracker.program;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The one definition of a program day: day 1 is the enrollment's start date, the last day is
 * {@code weeks × 7}. Today's plan, the schedule, adherence, the coach's grid and the program page
 * all count days here.
 */
public final class ProgramDays {

    public enum Stage { NOT_STARTED, ACTIVE, FINISHED }

    private ProgramDays() {
    }

    /** The program day {@code day} falls on (below 1 before the start). */
    public static int dayOf(LocalDate startDate, LocalDate day) {
        return Math.toIntExact(ChronoUnit.DAYS.between(startDate, day) + 1);
    }

    public static int lastDay(int weeks) {
        return weeks * 7;
    }

    public static Stage stage(LocalDate startDate, LocalDate today, int lastDay) {
        int day = dayOf(startDate, today);
        return day < 1 ? Stage.NOT_STARTED : day > lastDay ? Stage.FINISHED : Stage.ACTIVE;
    }

    /** The calendar date of program day {@code day}. */
    public static LocalDate dateOf(LocalDate startDate, int day) {
        return startDate.plusDays(day - 1L);
    }
}
