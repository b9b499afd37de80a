package org.upright.content.article;

import org.upright.kernel.i18n.Language;

import java.time.Instant;
import java.util.List;

/** A published article for reading; {@code html} is the Markdown body rendered and sanitized. */
public record PublishedArticle(long id, String slug, String title, String summary, ArticleCategory category,
                               List<String> tags, String author, Instant publishedAt, String html,
                               Language language) {
}
