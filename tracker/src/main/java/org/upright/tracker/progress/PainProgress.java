package org.upright.tracker.progress;

import java.util.Optional;

/**
 * A member's pain against both baselines: since they joined (their first ratings ever) and, while
 * enrolled in a program that has started, since it started.
 */
public record PainProgress(PainChange sinceJoined, Optional<PainChange> sinceProgram) {

    /**
     * The one a single figure shows (the coach's grid, the chart band): the program's comparison,
     * else the one since joining, else whichever has a baseline.
     */
    public PainChange primary() {
        Optional<PainChange> program = sinceProgram;
        if (program.flatMap(PainChange::comparison).isPresent() || sinceJoined.comparison().isPresent()) {
            return program.filter(p -> p.comparison().isPresent()).orElse(sinceJoined);
        }
        return program.filter(p -> p.baseline().isPresent()).orElse(sinceJoined);
    }

    public Optional<PainBaseline> baseline() {
        return primary().baseline();
    }

    public Optional<PainComparison> comparison() {
        return primary().comparison();
    }
}
