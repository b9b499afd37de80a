package org.upright.content.article;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.upright.content.shared.SqlArrays;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

/** Read-only SQL for members: library cards, ranked full-text search, links to published articles. */
@Repository
class ArticleQueries {

    private static final String CARD_COLUMNS = "a.id, a.slug, a.title, a.summary, a.category, a.tags, a.published_at";

    private final JdbcClient jdbc;

    ArticleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ArticleCard> published(ArticleCategory category, int limit) {
        return jdbc.sql("select " + CARD_COLUMNS + " from article a where a.status = 'PUBLISHED'"
                        + " and (cast(:category as varchar) is null or a.category = :category)"
                        + " order by a.published_at desc, a.id desc limit :limit")
                .param("category", category == null ? null : category.name())
                .param("limit", limit)
                .query(ArticleQueries::card)
                .list();
    }

    /**
     * Web-search syntax ("wall press", -neck, "exact phrase"); best matches first by ts_rank over
     * the weighted vector (title A, summary B, body C), newest first among equals.
     */
    List<ArticleCard> search(String query, ArticleCategory category, int limit) {
        return jdbc.sql("select " + CARD_COLUMNS + " from article a, websearch_to_tsquery('english', :query) q"
                        + " where a.status = 'PUBLISHED' and a.search @@ q"
                        + " and (cast(:category as varchar) is null or a.category = :category)"
                        + " order by ts_rank(a.search, q) desc, a.published_at desc, a.id desc limit :limit")
                .param("query", query)
                .param("category", category == null ? null : category.name())
                .param("limit", limit)
                .query(ArticleQueries::card)
                .list();
    }

    /** Published articles among {@code ids}, in the order of {@code ids}. */
    List<ArticleRef> publishedRefs(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, slug, title from article where status = 'PUBLISHED' and id in (:ids)")
                .param("ids", ids)
                .query((rs, i) -> new ArticleRef(rs.getLong("id"), rs.getString("slug"), rs.getString("title")))
                .list().stream()
                .sorted(Comparator.comparingInt(ref -> ids.indexOf(ref.id())))
                .toList();
    }

    /** Every article that is not archived, for the "related reading" pickers of admins. */
    List<ArticleRef> linkable() {
        return jdbc.sql("select id, slug, title from article where status <> 'ARCHIVED' order by lower(title), id")
                .query((rs, i) -> new ArticleRef(rs.getLong("id"), rs.getString("slug"), rs.getString("title")))
                .list();
    }

    private static ArticleCard card(ResultSet rs, int row) throws SQLException {
        return new ArticleCard(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                ArticleCategory.valueOf(rs.getString("category")), SqlArrays.texts(rs, "tags"),
                rs.getTimestamp("published_at").toInstant());
    }
}
