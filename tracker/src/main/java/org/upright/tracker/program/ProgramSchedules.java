package org.upright.tracker.program;

import java.util.Optional;

/** Port to the programs of content-core; the application provides the implementation. */
public interface ProgramSchedules {

    Optional<ProgramSchedule> find(long programId);
}
