package org.upright.tracker.program;

import org.upright.content.program.ProgramSummary;
import org.upright.content.program.ProgramView;

import java.util.List;
import java.util.Optional;

/** Port to content-core's published programs, for today's plan and suggestions; the application provides it. */
public interface ProgramCatalog {

    /** The program with its schedule and routines, while it is published. */
    Optional<ProgramView> findPublished(long programId);

    /** Published programs to suggest, at most {@code limit}. */
    List<ProgramSummary> listPublished(int limit);
}
