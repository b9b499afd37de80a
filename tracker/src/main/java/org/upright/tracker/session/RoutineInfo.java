package org.upright.tracker.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the tracker needs to know of one version of a routine. {@code plannedHoldSeconds} is each
 * step's planned hold time (every repetition and side), empty when unknown. {@code easierHoldSeconds}
 * is the same for each step's easier version, null for a step without one; empty when unknown.
 */
public record RoutineInfo(long routineId, int version, String title, int stepsTotal, List<Integer> plannedHoldSeconds,
                          List<Integer> easierHoldSeconds) {

    public RoutineInfo(long routineId, int version, String title, int stepsTotal) {
        this(routineId, version, title, stepsTotal, List.of());
    }

    /** A routine whose steps have no easier versions. */
    public RoutineInfo(long routineId, int version, String title, int stepsTotal, List<Integer> plannedHoldSeconds) {
        this(routineId, version, title, stepsTotal, plannedHoldSeconds, null);
    }

    public RoutineInfo {
        plannedHoldSeconds = plannedHoldSeconds == null ? List.of() : List.copyOf(plannedHoldSeconds);
        easierHoldSeconds = easierHoldSeconds == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(easierHoldSeconds)); // nulls: no easier version
    }

    /** Whether step {@code index} (0-based) has an easier version. */
    boolean hasEasier(int index) {
        return index < easierHoldSeconds.size() && easierHoldSeconds.get(index) != null;
    }

    /** Each step's planned hold, in its easier version where the member chose that. */
    List<Integer> plannedHoldSeconds(List<Boolean> easier) {
        if (easier == null) {
            return plannedHoldSeconds;
        }
        List<Integer> planned = new ArrayList<>(plannedHoldSeconds);
        for (int i = 0; i < planned.size() && i < easier.size(); i++) {
            if (Boolean.TRUE.equals(easier.get(i)) && hasEasier(i)) {
                planned.set(i, easierHoldSeconds.get(i));
            }
        }
        return planned;
    }

    boolean knowsHoldTimes() {
        return plannedHoldSeconds.size() == stepsTotal;
    }
}
