package org.upright.content.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.upright.content.shared.ContentDraft;
import org.upright.content.shared.ValidAuthor;
import org.upright.content.shared.ValidSlug;
import org.upright.content.shared.ValidTitle;
import org.upright.kernel.i18n.Language;

import java.util.List;

/** What an admin writes. The schedule must name at least one routine and stay within weeks × 7 days. */
public record ProgramDraft(
        @ValidSlug String slug,
        @ValidTitle String title,
        @NotBlank(message = "{content.validation.description.required}")
        @Size(max = 4000, message = "{content.validation.description.length}")
        String description,
        @Min(value = 1, message = "{content.validation.weeks.range}")
        @Max(value = 52, message = "{content.validation.weeks.range}")
        int weeks,
        @ValidAuthor String author,
        @NotEmpty(message = "{content.validation.schedule.required}")
        @Size(max = 1000, message = "{content.validation.schedule.count}")
        List<@Valid ScheduleEntry> schedule,
        List<Long> relatedArticleIds,
        Language language,
        Long translationOf) implements ContentDraft<ProgramDraft> {

    public ProgramDraft {
        schedule = ContentDraft.listOrEmpty(schedule);
        relatedArticleIds = ContentDraft.distinctIds(relatedArticleIds);
        language = ContentDraft.languageOrEnglish(language);
    }

    /** An English program that translates none. */
    public ProgramDraft(String slug, String title, String description, int weeks, String author,
                        List<ScheduleEntry> schedule, List<Long> relatedArticleIds) {
        this(slug, title, description, weeks, author, schedule, relatedArticleIds, Language.ENGLISH, null);
    }

    @Override
    public ProgramDraft withSlug(String storedSlug) {
        return new ProgramDraft(storedSlug, title, description, weeks, author, schedule, relatedArticleIds, language,
                translationOf);
    }

    @Override
    public ProgramDraft withLanguage(Language newLanguage, Long newTranslationOf) {
        return new ProgramDraft(slug, title, description, weeks, author, schedule, relatedArticleIds, newLanguage,
                newTranslationOf);
    }
}
