package org.upright.content.routine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.upright.kernel.BodyArea;
import org.upright.content.shared.ContentLanguages;
import org.upright.content.shared.SqlArrays;
import org.upright.kernel.i18n.Language;

import java.util.Comparator;
import java.util.List;

/** Read-only SQL over published routines; titles and times come from the published version. */
@Repository
class RoutineQueries {

    private static final String PUBLISHED = " from routine r join routine_version v"
            + " on v.routine_id = r.id and v.version_number = r.published_version where r.status = 'PUBLISHED'";

    private final JdbcClient jdbc;

    RoutineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The catalogue a reader of {@code reader} sees ({@link ContentLanguages}): their language first, then by title. */
    List<RoutineCard> cards(BodyArea areaOrNull, Language reader) {
        String sql = "select r.id, r.slug, r.language, v.title, v.summary, v.areas, v.difficulty, v.equipment,"
                + " v.total_seconds" + PUBLISHED + " and " + ContentLanguages.visibleTo("routine", "r", reader)
                + (areaOrNull == null ? "" : " and cast(:area as text) = any(v.areas)")
                + " order by " + ContentLanguages.readerFirst("r", reader) + "lower(v.title), r.id";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param(ContentLanguages.PARAMETER, ContentLanguages.code(reader));
        if (areaOrNull != null) {
            statement = statement.param("area", areaOrNull.name());
        }
        return statement
                .query((rs, i) -> new RoutineCard(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getString("summary"),
                        RoutineContent.areasOf(SqlArrays.texts(rs, "areas")).stream().toList(),
                        Difficulty.valueOf(rs.getString("difficulty")), Equipment.valueOf(rs.getString("equipment")),
                        rs.getInt("total_seconds"), Language.ofCode(rs.getString("language")).orElse(Language.ENGLISH)))
                .list();
    }

    /** Published routines among {@code ids}, in the order of {@code ids}. */
    List<RoutineRef> refs(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select r.id, r.slug, v.title, v.total_seconds" + PUBLISHED + " and r.id in (:ids)")
                .param("ids", ids)
                .query((rs, i) -> ref(rs))
                .list().stream()
                .sorted(Comparator.comparingInt(r -> ids.indexOf(r.id())))
                .toList();
    }

    /**
     * Published routines a reader of {@code reader} sees that list the article, or another language
     * version of it (the same original), as related reading.
     */
    List<RoutineRef> relatedToArticle(long articleId, Language reader) {
        return jdbc.sql("select r.id, r.slug, v.title, v.total_seconds" + PUBLISHED
                        + " and " + ContentLanguages.visibleTo("routine", "r", reader)
                        + " and exists (select 1 from routine_article ra join article x on x.id = ra.article_id"
                        + " where ra.routine_id = r.id and coalesce(x.translation_of, x.id)"
                        + " = (select coalesce(y.translation_of, y.id) from article y where y.id = :article))"
                        + " order by " + ContentLanguages.readerFirst("r", reader) + "lower(v.title), r.id")
                .param("article", articleId)
                .param(ContentLanguages.PARAMETER, ContentLanguages.code(reader))
                .query((rs, i) -> ref(rs))
                .list();
    }

    /** Titles of published programs whose schedule uses the routine (it must stay published for them). */
    List<String> publishedProgramsUsing(long routineId) {
        return jdbc.sql("select distinct p.title from program p join program_schedule s on s.program_id = p.id"
                        + " where s.routine_id = :routine and p.status = 'PUBLISHED' order by p.title")
                .param("routine", routineId)
                .query(String.class)
                .list();
    }

    private static RoutineRef ref(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RoutineRef(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getInt("total_seconds"));
    }
}
