package org.upright.tracker.session;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Port to the routines of content-core: sessions refer to a routine by id and version, and a
 * session of an unknown routine is refused. The application provides the implementation.
 */
public interface RoutineCatalog {

    Optional<RoutineInfo> find(long routineId, int version);

    /**
     * The titles of several versions at once (routine id → version), for lists that name each
     * routine; unknown ones are left out. The application reads them in one statement; this
     * default asks one by one.
     */
    default Map<Long, String> titles(Map<Long, Integer> versionByRoutine) {
        Map<Long, String> titles = new HashMap<>();
        versionByRoutine.forEach((id, version) -> find(id, version).ifPresent(r -> titles.put(id, r.title())));
        return titles;
    }
}
