package org.upright.content.routine;

import org.upright.kernel.BodyArea;
import org.upright.content.shared.ContentStatus;
import org.upright.content.shared.EditableContent;
import org.upright.kernel.i18n.Language;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A routine's working copy as its editor needs it. {@code publishedVersion} is what members see
 * (null before the first publish); {@code unpublishedChanges} says the working copy differs from it.
 */
public record RoutineDetails(long id, long lockVersion, String slug, String title, String summary, Set<BodyArea> areas,
                             Difficulty difficulty, Equipment equipment, String author, List<RoutineStep> steps,
                             List<Long> relatedArticleIds, ContentStatus status, Integer publishedVersion,
                             boolean unpublishedChanges, Instant publishedAt, Instant updatedAt, Language language,
                             Long translationOf)
        implements EditableContent {

    public RoutineDraft toDraft() {
        return new RoutineDraft(slug, title, summary, areas, difficulty, equipment, author, steps, relatedArticleIds,
                language, translationOf);
    }

    public int totalSeconds() {
        return RoutineTiming.totalSeconds(steps);
    }
}
