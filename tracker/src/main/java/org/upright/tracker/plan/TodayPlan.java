package org.upright.tracker.plan;

import org.upright.tracker.program.ProgramDays;
import org.upright.tracker.program.ProgramDays.Stage;

import java.time.LocalDate;
import java.util.List;

/**
 * What a member's program asks of them today.
 *
 * @param day       the program day today ({@link ProgramDays}: 1 = the start date); below 1 before the start, above
 *                  {@code lastDay} once the program is over
 * @param routines  today's routines, each marked done once a full session of it was recorded today
 * @param next      the next day with routines after today, if the program has one
 */
public record TodayPlan(long programId, String programSlug, String programTitle, LocalDate startDate, int day,
                        int lastDay, Stage stage, List<PlannedRoutine> routines, UpcomingDay next) {

    public record PlannedRoutine(long routineId, String slug, String title, int totalSeconds, boolean done) {
    }

    public record UpcomingDay(int day, LocalDate date, List<String> routineTitles) {
    }

    public boolean allDone() {
        return !routines.isEmpty() && routines.stream().allMatch(PlannedRoutine::done);
    }
}
