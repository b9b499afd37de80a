package org.upright.content.article;

import org.upright.content.shared.ContentStatus;
import org.upright.content.shared.EditableContent;
import org.upright.kernel.i18n.Language;

import java.time.Instant;
import java.util.List;

/** An article as its editor needs it, whatever its status. {@code lockVersion} goes back with the next save. */
public record ArticleDetails(long id, long lockVersion, String slug, String title, String summary, String body,
                             ArticleCategory category, List<String> tags, String author, ContentStatus status,
                             Instant publishedAt, Instant updatedAt, Language language, Long translationOf)
        implements EditableContent {

    public ArticleDraft toDraft() {
        return new ArticleDraft(slug, title, summary, body, category, tags, author, language, translationOf);
    }
}
