package org.upright.tracker.session;

import java.util.Optional;

/**
 * Port to the routines of content-core: sessions refer to a routine by id and version, and a
 * session of an unknown routine is refused. The application provides the implementation.
 */
public interface RoutineCatalog {

    Optional<RoutineInfo> find(long routineId, int version);
}
