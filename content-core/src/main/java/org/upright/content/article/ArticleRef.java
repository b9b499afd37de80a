package org.upright.content.article;

/** A link to a published article ("related reading" on routine and program pages). */
public record ArticleRef(long id, String slug, String title) {
}
