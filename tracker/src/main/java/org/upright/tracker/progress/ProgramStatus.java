package org.upright.tracker.progress;

import org.upright.tracker.program.ProgramDays;

import java.time.LocalDate;

/**
 * The member's active enrollment as of their today. {@code title}, {@code lastDay} and
 * {@code stage} are null when the program is no longer published (its schedule is unknown).
 */
public record ProgramStatus(long programId, String title, LocalDate startDate, int day, Integer lastDay,
                            ProgramDays.Stage stage) {

    public boolean finished() {
        return stage == ProgramDays.Stage.FINISHED;
    }
}
