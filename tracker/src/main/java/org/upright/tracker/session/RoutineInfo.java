package org.upright.tracker.session;

/** What the tracker needs to know of one version of a routine. */
public record RoutineInfo(long routineId, int version, String title, int stepsTotal) {
}
