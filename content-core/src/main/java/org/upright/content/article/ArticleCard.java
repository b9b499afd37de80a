package org.upright.content.article;

import org.upright.kernel.i18n.Language;

import java.time.Instant;
import java.util.List;

/** A published article as a library card, in {@code language}. */
public record ArticleCard(long id, String slug, String title, String summary, ArticleCategory category,
                          List<String> tags, Instant publishedAt, Language language) {
}
