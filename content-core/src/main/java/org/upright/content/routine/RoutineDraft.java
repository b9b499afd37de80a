package org.upright.content.routine;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.upright.kernel.BodyArea;
import org.upright.content.shared.ContentDraft;
import org.upright.content.shared.ValidAuthor;
import org.upright.content.shared.ValidSlug;
import org.upright.content.shared.ValidSummary;
import org.upright.content.shared.ValidTitle;
import org.upright.kernel.i18n.Language;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What an admin writes. Problems in steps are reported as "steps[i].holdSeconds" etc. */
public record RoutineDraft(
        @ValidSlug String slug,
        @ValidTitle String title,
        @ValidSummary String summary,
        @NotEmpty(message = "{content.validation.areas.required}")
        Set<BodyArea> areas,
        @NotNull(message = "{content.validation.difficulty.required}")
        Difficulty difficulty,
        @NotNull(message = "{content.validation.equipment.required}")
        Equipment equipment,
        @ValidAuthor String author,
        @NotEmpty(message = "{content.validation.steps.required}")
        @Size(max = 30, message = "{content.validation.steps.count}")
        List<@Valid RoutineStep> steps,
        List<Long> relatedArticleIds,
        Language language,
        Long translationOf) implements ContentDraft<RoutineDraft> {

    public RoutineDraft {
        areas = areas == null || areas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(areas));
        steps = ContentDraft.listOrEmpty(steps);
        relatedArticleIds = ContentDraft.distinctIds(relatedArticleIds);
        language = ContentDraft.languageOrEnglish(language);
    }

    /** An English routine that translates none. */
    public RoutineDraft(String slug, String title, String summary, Set<BodyArea> areas, Difficulty difficulty,
                        Equipment equipment, String author, List<RoutineStep> steps, List<Long> relatedArticleIds) {
        this(slug, title, summary, areas, difficulty, equipment, author, steps, relatedArticleIds, Language.ENGLISH,
                null);
    }

    @Override
    public RoutineDraft withSlug(String storedSlug) {
        return new RoutineDraft(storedSlug, title, summary, areas, difficulty, equipment, author, steps,
                relatedArticleIds, language, translationOf);
    }

    @Override
    public RoutineDraft withLanguage(Language newLanguage, Long newTranslationOf) {
        return new RoutineDraft(slug, title, summary, areas, difficulty, equipment, author, steps, relatedArticleIds,
                newLanguage, newTranslationOf);
    }
}
