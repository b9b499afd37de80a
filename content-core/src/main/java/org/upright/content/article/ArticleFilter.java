package org.upright.content.article;

import org.upright.content.shared.ContentStatus;

/** Admin list filter; null (or blank text) means "any". Text matches title or slug, ignoring case. */
public record ArticleFilter(ContentStatus status, ArticleCategory category, String text) {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null);
}
