package org.upright.tracker.testing;

import org.upright.tracker.session.RoutineCatalog;
import org.upright.tracker.session.RoutineInfo;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Routines the tests register; anything else is unknown. */
public class InMemoryRoutineCatalog implements RoutineCatalog {

    private final Map<String, RoutineInfo> routines = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;

    public InMemoryRoutineCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers the routine, with stand-in content rows so the sessions' foreign keys hold. */
    public RoutineInfo add(RoutineInfo routine) {
        ContentStandIns.routineVersion(jdbc, routine.routineId(), routine.version(), routine.title());
        routines.put(routine.routineId() + "/" + routine.version(), routine);
        return routine;
    }

    @Override
    public Optional<RoutineInfo> find(long routineId, int version) {
        return Optional.ofNullable(routines.get(routineId + "/" + version));
    }
}
