package org.upright.content.routine;

import java.time.Instant;
import java.util.List;

/**
 * One immutable published version of a routine, kept for as long as sessions point at it, even
 * after the routine changes or is archived. {@code totalSeconds} follows {@link RoutineTiming}.
 */
public record RoutineVersionView(long routineId, String slug, int version, String title, List<RoutineStep> steps,
                                 int totalSeconds, Instant publishedAt) {
}
