package org.upright.content.program;

import org.upright.content.shared.ContentStatus;
import org.upright.content.shared.EditableContent;
import org.upright.kernel.i18n.Language;

import java.time.Instant;
import java.util.List;

/** A program as its editor needs it, whatever its status; the schedule is sorted by day, then order. */
public record ProgramDetails(long id, long lockVersion, String slug, String title, String description, int weeks,
                             String author, List<ScheduleEntry> schedule, List<Long> relatedArticleIds,
                             ContentStatus status, Instant publishedAt, Instant updatedAt, Language language,
                             Long translationOf) implements EditableContent {

    public ProgramDraft toDraft() {
        return new ProgramDraft(slug, title, description, weeks, author, schedule, relatedArticleIds, language,
                translationOf);
    }
}
