package org.upright.tracker.progress;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's 365-day series must read pain_rating with one index range scan, not a table scan,
 * once the table holds many members. Prints the plan so a reader can see it.
 */
@SpringBootTest
class PainSeriesPlanTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void yearSeriesIsAnIndexRangeScan() {
        // 300 members with a year of ratings each: about 110 000 rows
        List<Long> ids = jdbc.sql("""
                        insert into account (username, display_name, password_hash, role)
                        select 'plan-' || pg_backend_pid() || '-' || n, 'Plan member', 'x', 'MEMBER'
                        from generate_series(1, 300) n returning id""")
                .query(Long.class).list();
        jdbc.sql("""
                        insert into pain_rating (member_id, day, score)
                        select a, date '2025-03-16' + d, (a + d) % 11
                        from unnest(cast(:ids as bigint[])) a, generate_series(0, 364) d""")
                .param("ids", ids.toArray(Long[]::new)).update();
        jdbc.sql("analyze pain_rating").update();

        List<String> plan = jdbc.sql("explain " + PainTrendService.SERIES)
                .param("member", ids.get(150)).param("from", LocalDate.of(2025, 3, 16))
                .param("to", LocalDate.of(2026, 3, 15)).param("min", PainTrendService.MIN_RATED_DAYS)
                .query(String.class).list();
        System.out.println("Plan of the 365-day series:\n" + String.join("\n", plan));

        String text = String.join("\n", plan);
        assertThat(text).containsPattern("Index (Only )?Scan using pain_rating_member_day_uq on pain_rating");
        assertThat(text).doesNotContain("Seq Scan on pain_rating");
    }
}
