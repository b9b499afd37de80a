package org.upright.tracker.testing;

import org.upright.tracker.program.ProgramSchedule;
import org.upright.tracker.program.ProgramSchedules;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Program schedules the tests register; anything else is unknown. */
public class InMemoryProgramSchedules implements ProgramSchedules {

    private final Map<Long, ProgramSchedule> schedules = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;

    public InMemoryProgramSchedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers the schedule, with a stand-in program row so enrollments' foreign keys hold. */
    public ProgramSchedule add(ProgramSchedule schedule) {
        ContentStandIns.program(jdbc, schedule.programId(), schedule.title(), schedule.weeks());
        schedules.put(schedule.programId(), schedule);
        return schedule;
    }

    @Override
    public Optional<ProgramSchedule> find(long programId) {
        return Optional.ofNullable(schedules.get(programId));
    }
}
