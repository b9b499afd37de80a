package org.upright.tracker.testing;

import org.upright.content.program.ProgramSummary;
import org.upright.content.program.ProgramView;
import org.upright.tracker.program.ProgramCatalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Published programs the tests register (today's plan itself is tested as a pure function). */
public class InMemoryProgramCatalog implements ProgramCatalog {

    private final Map<Long, ProgramView> programs = new ConcurrentHashMap<>();

    public void add(ProgramView program) {
        programs.put(program.id(), program);
    }

    @Override
    public Optional<ProgramView> findPublished(long programId) {
        return Optional.ofNullable(programs.get(programId));
    }

    @Override
    public List<ProgramSummary> listPublished(int limit) {
        return List.of();
    }
}
