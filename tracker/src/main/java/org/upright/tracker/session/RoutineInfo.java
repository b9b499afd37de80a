package org.upright.tracker.session;

import java.util.List;

/**
 * What the tracker needs to know of one version of a routine. {@code plannedHoldSeconds} is each
 * step's planned hold time (every repetition and side), empty when unknown.
 */
public record RoutineInfo(long routineId, int version, String title, int stepsTotal, List<Integer> plannedHoldSeconds) {

    public RoutineInfo(long routineId, int version, String title, int stepsTotal) {
        this(routineId, version, title, stepsTotal, List.of());
    }

    public RoutineInfo {
        plannedHoldSeconds = plannedHoldSeconds == null ? List.of() : List.copyOf(plannedHoldSeconds);
    }

    boolean knowsHoldTimes() {
        return plannedHoldSeconds.size() == stepsTotal;
    }
}
