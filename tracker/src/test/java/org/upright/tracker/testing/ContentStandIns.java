package org.upright.tracker.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Minimal routine and program rows for tracker tests, which use in-memory content ports but
 * still write through the real foreign keys to content tables.
 */
final class ContentStandIns {

    private ContentStandIns() {
    }

    static void routineVersion(JdbcClient jdbc, long routineId, int version, String title) {
        jdbc.sql("""
                insert into routine (id, slug, title, summary, difficulty, equipment, author)
                values (?, ?, ?, 'Test routine', 'BEGINNER', 'NONE', 'test') on conflict do nothing""")
                .params(routineId, "test-routine-" + routineId, title).update();
        jdbc.sql("""
                insert into routine_version (routine_id, version_number, title, summary, areas, difficulty, equipment,
                                             total_seconds, published_at, published_by)
                values (?, ?, ?, 'Test routine', '{}', 'BEGINNER', 'NONE', 60, now(), 'test') on conflict do nothing""")
                .params(routineId, version, title).update();
    }

    static void program(JdbcClient jdbc, long programId, String title, int weeks) {
        jdbc.sql("""
                insert into program (id, slug, title, description, weeks, author)
                values (?, ?, ?, 'Test program', ?, 'test') on conflict do nothing""")
                .params(programId, "test-program-" + programId, title, weeks).update();
    }
}
