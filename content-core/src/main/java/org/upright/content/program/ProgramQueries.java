package org.upright.content.program;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.upright.content.shared.ContentLanguages;
import org.upright.kernel.i18n.Language;

import java.util.List;

/** Read-only SQL for the program catalogue; counts are aggregated in the database. */
@Repository
class ProgramQueries {

    private final JdbcClient jdbc;

    ProgramQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Published programs a reader of {@code reader} sees ({@link ContentLanguages}), their language
     * first; every published program in any language when {@code reader} is null.
     */
    List<ProgramSummary> publishedSummaries(Language reader) {
        String sql = """
                select p.id, p.slug, p.title, p.description, p.weeks, p.language,
                       count(distinct s.day_number) as active_days, count(distinct s.routine_id) as routines
                from program p left join program_schedule s on s.program_id = p.id
                where p.status = 'PUBLISHED'"""
                + (reader == null ? "" : " and " + ContentLanguages.visibleTo("program", "p", reader))
                + " group by p.id order by " + (reader == null ? "" : ContentLanguages.readerFirst("p", reader))
                + "p.weeks, lower(p.title), p.id";
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (reader != null) {
            statement = statement.param(ContentLanguages.PARAMETER, ContentLanguages.code(reader));
        }
        return statement
                .query((rs, i) -> new ProgramSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getString("description"), rs.getInt("weeks"), rs.getInt("active_days"), rs.getInt("routines"),
                        Language.ofCode(rs.getString("language")).orElse(Language.ENGLISH)))
                .list();
    }
}
