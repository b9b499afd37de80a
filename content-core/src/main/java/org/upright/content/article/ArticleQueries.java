package org.upright.content.article;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.upright.content.shared.ContentLanguages;
import org.upright.content.shared.SqlArrays;
import org.upright.kernel.i18n.Language;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Read-only SQL for members: library cards and ranked full-text search in the reader's languages
 * ({@link ContentLanguages}), links to published articles.
 */
@Repository
class ArticleQueries {

    private static final String CARD_COLUMNS = "a.id, a.slug, a.title, a.summary, a.category, a.tags, a.published_at,"
            + " a.language";

    private final JdbcClient jdbc;

    ArticleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Published articles a reader of {@code reader} sees (see {@link ContentLanguages}), theirs first, then newest. */
    List<ArticleCard> published(ArticleCategory category, int limit, Language reader) {
        String sql = "select " + CARD_COLUMNS + " from article a where a.status = 'PUBLISHED'"
                + " and " + ContentLanguages.visibleTo("article", "a", reader)
                + (category == null ? "" : " and a.category = :category")
                + " order by " + ContentLanguages.readerFirst("a", reader) + "a.published_at desc, a.id desc limit :limit";
        return withCategory(jdbc.sql(sql), category)
                .param(ContentLanguages.PARAMETER, ContentLanguages.code(reader))
                .param("limit", limit)
                .query(ArticleQueries::card)
                .list();
    }

    /**
     * Web-search syntax ("wall press", -neck, "exact phrase"), each article matched with its own
     * language's dictionary; the reader's language first, then best matches by ts_rank over the
     * weighted vector (title A, summary B, body C), newest first among equals.
     */
    List<ArticleCard> search(String query, ArticleCategory category, int limit, Language reader) {
        List<Language> shown = ContentLanguages.shownTo(reader);
        String queries = shown.stream().map(l -> "websearch_to_tsquery('" + ContentLanguages.searchConfiguration(l)
                + "', :query) q_" + l.code()).collect(Collectors.joining(", "));
        String matches = shown.stream().map(l -> "(a.language = '" + l.code() + "' and a.search @@ q_" + l.code() + ")")
                .collect(Collectors.joining(" or "));
        String rankedQuery = shown.size() == 1 ? "q_" + shown.getFirst().code()
                : "case a.language " + shown.stream().map(l -> "when '" + l.code() + "' then q_" + l.code())
                        .collect(Collectors.joining(" ")) + " end";
        String sql = "select " + CARD_COLUMNS + " from article a, " + queries
                + " where a.status = 'PUBLISHED' and (" + matches + ")"
                + " and " + ContentLanguages.visibleTo("article", "a", reader)
                + (category == null ? "" : " and a.category = :category")
                + " order by " + ContentLanguages.readerFirst("a", reader) + "ts_rank(a.search, " + rankedQuery + ") desc,"
                + " a.published_at desc, a.id desc limit :limit";
        return withCategory(jdbc.sql(sql), category)
                .param("query", query)
                .param(ContentLanguages.PARAMETER, ContentLanguages.code(reader))
                .param("limit", limit)
                .query(ArticleQueries::card)
                .list();
    }

    private static JdbcClient.StatementSpec withCategory(JdbcClient.StatementSpec statement, ArticleCategory category) {
        return category == null ? statement : statement.param("category", category.name());
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
                rs.getTimestamp("published_at").toInstant(),
                Language.ofCode(rs.getString("language")).orElse(Language.ENGLISH));
    }
}
