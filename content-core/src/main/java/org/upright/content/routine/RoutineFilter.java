package org.upright.content.routine;

import org.upright.content.shared.ContentStatus;

/** Admin list filter; null (or blank text) means "any". Text matches title or slug, ignoring case. */
public record RoutineFilter(ContentStatus status, Difficulty difficulty, String text) {

    public static final RoutineFilter ALL = new RoutineFilter(null, null, null);
}
