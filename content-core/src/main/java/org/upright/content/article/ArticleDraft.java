package org.upright.content.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.upright.content.shared.ContentDraft;
import org.upright.content.shared.ValidAuthor;
import org.upright.content.shared.ValidSlug;
import org.upright.content.shared.ValidSummary;
import org.upright.content.shared.ValidTitle;
import org.upright.kernel.i18n.Language;

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
        @ValidAuthor String author,
        Language language,
        Long translationOf) implements ContentDraft<ArticleDraft> {

    public ArticleDraft {
        tags = ContentDraft.listOrEmpty(tags);
        language = ContentDraft.languageOrEnglish(language);
    }

    /** An English article that translates none. */
    public ArticleDraft(String slug, String title, String summary, String body, ArticleCategory category,
                        List<String> tags, String author) {
        this(slug, title, summary, body, category, tags, author, Language.ENGLISH, null);
    }

    @Override
    public ArticleDraft withSlug(String storedSlug) {
        return new ArticleDraft(storedSlug, title, summary, body, category, tags, author, language, translationOf);
    }

    @Override
    public ArticleDraft withLanguage(Language newLanguage, Long newTranslationOf) {
        return new ArticleDraft(slug, title, summary, body, category, tags, author, newLanguage, newTranslationOf);
    }
}
