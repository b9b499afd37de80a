package org.upright.tracker.onboarding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tour as the member sees it now: every step with whether it is done. {@code allDone} is the
 * last time it is shown (the "all set" message); after that, or after a skip, there is no tour.
 */
public record FirstRunTour(Set<TourStep> done, boolean allDone) {

    public FirstRunTour {
        done = Set.copyOf(done);
    }

    public boolean isDone(TourStep step) {
        return done.contains(step);
    }

    /** The first step not yet done, which the tour points to. */
    public Optional<TourStep> next() {
        return List.of(TourStep.values()).stream().filter(s -> !done.contains(s)).findFirst();
    }
}
