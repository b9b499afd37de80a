package org.upright.content.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.upright.content.shared.ContentDraft;
import org.upright.content.shared.ValidAuthor;
import org.upright.content.shared.ValidSlug;
import org.upright.content.shared.ValidSummary;
import org.upright.content.shared.ValidTitle;

import java.util.List;

/**
 * What an admin writes. A blank slug is derived from the title. Messages name their field,
 * because forms show them next to it and services report them with the field's name.
 */
public record ArticleDraft(
        @ValidSlug String slug,
        @ValidTitle String title,
        @ValidSummary String summary,
        @NotBlank(message = "{content.validation.body.required}")
        @Size(max = 100_000, message = "{content.validation.body.length}")
        String body,
        @NotNull(message = "{content.validation.category.required}")
        ArticleCategory category,
        @Size(max = 12, message = "{content.validation.tags.count}")
        List<@NotBlank(message = "{content.validation.tags.blank}")
             @Size(max = 40, message = "{content.validation.tags.length}") String> tags,
        @ValidAuthor String author) implements ContentDraft<ArticleDraft> {

    public ArticleDraft {
        tags = ContentDraft.listOrEmpty(tags);
    }

    @Override
    public ArticleDraft withSlug(String storedSlug) {
        return new ArticleDraft(storedSlug, title, summary, body, category, tags, author);
    }
}
