package org.upright.content.program;

import jakarta.validation.constraints.Min;

/** One routine on one day of a program (day 1 is the first day); a day's entries keep their order. */
public record ScheduleEntry(@Min(value = 1, message = "{content.validation.schedule.day.min}") int day, long routineId) {
}
