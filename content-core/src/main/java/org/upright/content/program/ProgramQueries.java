package org.upright.content.program;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** Read-only SQL for the program catalogue; counts are aggregated in the database. */
@Repository
class ProgramQueries {

    private final JdbcClient jdbc;

    ProgramQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProgramSummary> publishedSummaries() {
        return jdbc.sql("""
                        select p.id, p.slug, p.title, p.description, p.weeks,
                               count(distinct s.day_number) as active_days, count(distinct s.routine_id) as routines
                        from program p left join program_schedule s on s.program_id = p.id
                        where p.status = 'PUBLISHED'
                        group by p.id
                        order by p.weeks, lower(p.title), p.id""")
                .query((rs, i) -> new ProgramSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getString("description"), rs.getInt("weeks"), rs.getInt("active_days"), rs.getInt("routines")))
                .list();
    }
}
