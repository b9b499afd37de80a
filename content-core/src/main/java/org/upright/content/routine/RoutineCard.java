package org.upright.content.routine;

import org.upright.kernel.BodyArea;
import org.upright.kernel.i18n.Language;

import java.util.List;

/** A published routine in the member catalogue (from its published version), in {@code language}. */
public record RoutineCard(long id, String slug, String title, String summary, List<BodyArea> areas,
                          Difficulty difficulty, Equipment equipment, int totalSeconds, Language language) {
}
