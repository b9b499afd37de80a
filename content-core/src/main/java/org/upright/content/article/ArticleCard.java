package org.upright.content.article;

import java.time.Instant;
import java.util.List;

/** A published article as a library card. */
public record ArticleCard(long id, String slug, String title, String summary, ArticleCategory category,
                          List<String> tags, Instant publishedAt) {
}
