package org.upright.content.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of program_schedule. */
@Embeddable
class ScheduleColumns {

    @Column(name = "day_number", nullable = false)
    private int dayNumber;

    @Column(nullable = false)
    private int position;

    @Column(name = "routine_id", nullable = false)
    private long routineId;

    protected ScheduleColumns() {
    }

    ScheduleColumns(int dayNumber, int position, long routineId) {
        this.dayNumber = dayNumber;
        this.position = position;
        this.routineId = routineId;
    }

    int dayNumber() {
        return dayNumber;
    }

    int position() {
        return position;
    }

    ScheduleEntry entry() {
        return new ScheduleEntry(dayNumber, routineId);
    }
}
