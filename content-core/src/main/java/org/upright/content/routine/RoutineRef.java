package org.upright.content.routine;

/** A link to a published routine with its published version's title and total time (see {@link RoutineTiming}). */
public record RoutineRef(long id, String slug, String title, int totalSeconds) {
}
