package org.upright.content.routine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.upright.kernel.BodyArea;
import org.upright.content.shared.SqlArrays;

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

    List<RoutineCard> cards(BodyArea areaOrNull) {
        return jdbc.sql("select r.id, r.slug, v.title, v.summary, v.areas, v.difficulty, v.equipment, v.total_seconds"
                        + PUBLISHED + " and (cast(:area as text) is null or cast(:area as text) = any(v.areas))"
                        + " order by lower(v.title), r.id")
                .param("area", areaOrNull == null ? null : areaOrNull.name())
                .query((rs, i) -> new RoutineCard(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getString("summary"),
                        RoutineContent.areasOf(SqlArrays.texts(rs, "areas")).stream().toList(),
                        Difficulty.valueOf(rs.getString("difficulty")), Equipment.valueOf(rs.getString("equipment")),
                        rs.getInt("total_seconds")))
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

    /** Published routines that list the article as related reading. */
    List<RoutineRef> relatedToArticle(long articleId) {
        return jdbc.sql("select r.id, r.slug, v.title, v.total_seconds" + PUBLISHED
                        + " and exists (select 1 from routine_article ra where ra.routine_id = r.id and ra.article_id = :article)"
                        + " order by lower(v.title), r.id")
                .param("article", articleId)
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
