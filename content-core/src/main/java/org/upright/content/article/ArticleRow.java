package org.upright.content.article;

import org.upright.content.shared.ContentStatus;
import org.upright.kernel.i18n.Language;

import java.time.Instant;

/** One line of the admin article list. */
public record ArticleRow(long id, String slug, String title, ArticleCategory category, ContentStatus status,
                         String author, Instant updatedAt, Instant publishedAt, Language language) {
}
