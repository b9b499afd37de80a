package org.upright.tracker.testing;

import org.upright.tracker.plan.ProgramSchedule;
import org.upright.tracker.plan.ProgramSchedules;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Program schedules the tests register; anything else is unknown. */
public class InMemoryProgramSchedules implements ProgramSchedules {

    private final Map<Long, ProgramSchedule> schedules = new ConcurrentHashMap<>();

    public ProgramSchedule add(ProgramSchedule schedule) {
        schedules.put(schedule.programId(), schedule);
        return schedule;
    }

    @Override
    public Optional<ProgramSchedule> find(long programId) {
        return Optional.ofNullable(schedules.get(programId));
    }
}
