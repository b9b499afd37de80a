package org.upright.content.routine;

import org.upright.content.shared.ContentStatus;
import org.upright.kernel.i18n.Language;

import java.time.Instant;

/** One line of the admin routine list. */
public record RoutineRow(long id, String slug, String title, Difficulty difficulty, Equipment equipment,
                         ContentStatus status, Integer publishedVersion, Instant updatedAt, Language language) {
}
