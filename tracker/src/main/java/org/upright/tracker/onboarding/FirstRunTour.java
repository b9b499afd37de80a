package org.upright.tracker.onboarding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tour as the member sees it now: its steps (those that apply on this portal) in order, and
 * which are done. {@code allDone} is the last time it is shown (the "all set" message); after
 * that, or after a skip, there is no tour.
 */
public record FirstRunTour(List<TourStep> steps, Set<TourStep> done, boolean allDone) {

    public FirstRunTour {
        steps = List.copyOf(steps);
        done = Set.copyOf(done);
    }

    public boolean isDone(TourStep step) {
        return done.contains(step);
    }

    /** The first step not yet done, which the tour points to. */
    public Optional<TourStep> next() {
        return steps.stream().filter(s -> !done.contains(s)).findFirst();
    }
}
