package org.upright.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.db.testing.TestDatabase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's backup procedure, run for real: {@code deploy/backup.sh dump} (pg_dump -Fc) of a
 * database migrated by Flyway with rows in several modules' tables, {@code deploy/backup.sh restore}
 * into an empty database and over a changed one; both then hold the same rows as the original
 * (count and checksum per table) and take new rows (identity sequences restored too).
 */
class BackupRestoreTest {

    private static final Path SCRIPT = Path.of("..", "deploy", "backup.sh").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final TestDatabase.Connection original = TestDatabase.createFresh();

    @BeforeEach
    void aPgDumpThatFitsTheServer() throws Exception {
        assertThat(SCRIPT).isRegularFile();
        Result check = run("check");
        // exit 3: no pg_dump here of the server's major version or newer (e.g. only an embedded server)
        Assumptions.assumeTrue(check.exit != 3, "Backup test skipped: " + check.output.strip());
        assertThat(check.exit).as(check.output).isZero();
    }

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseHoldsTheSameRows() throws Exception {
        migrateWithRows(original);
        Map<String, String> before = fingerprint(original);
        assertThat(before).containsKeys("account", "audit_event", "article", "pain_rating", "conversation_message",
                "flyway_schema_history");
        for (String table : List.of("account", "audit_event", "article", "pain_rating", "conversation_message")) {
            assertThat(before.get(table)).as(table).doesNotStartWith("0 ");
        }
        Path dump = dir.resolve("upright.dump");

        Result dumped = run("dump", dump.toString());
        assertThat(dumped.exit).as(dumped.output).isZero();
        assertThat(Files.readAllBytes(dump)).startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII)); // -Fc

        TestDatabase.Connection empty = TestDatabase.createFresh();
        Result restored = run(empty, "restore", dump.toString());
        assertThat(restored.exit).as(restored.output).isZero();
        assertThat(fingerprint(empty)).isEqualTo(before);
        assertTakesNewRows(empty);
    }

    @Test
    void aRestoreOverAChangedDatabaseBringsBackTheDumpedRows() throws Exception {
        migrateWithRows(original);
        Map<String, String> before = fingerprint(original);
        Path dump = dir.resolve("before-the-mistake.dump");
        assertThat(run("dump", dump.toString()).exit).isZero();

        try (Connection c = connect(original); Statement s = c.createStatement()) {
            s.execute("delete from conversation_message");
            s.execute("update pain_rating set score = 0");
            s.execute("insert into audit_event (actor_username, action, target_type) values ('admin', 'Oops', 'ACCOUNT')");
        }
        assertThat(fingerprint(original)).isNotEqualTo(before);

        Result restored = run("restore", dump.toString());
        assertThat(restored.exit).as(restored.output).isZero();
        assertThat(fingerprint(original)).isEqualTo(before);
    }

    @Test
    void aFailedDumpLeavesNoFileThatLooksLikeABackup() throws Exception {
        Path dump = dir.resolve("never.dump");
        Result failed = run(new TestDatabase.Connection("jdbc:postgresql://127.0.0.1:1/none", "nobody", ""),
                "dump", dump.toString());
        assertThat(failed.exit).isNotZero();
        assertThat(failed.output).contains("cannot reach the database");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static void migrateWithRows(TestDatabase.Connection db) throws SQLException {
        Flyway.configure().dataSource(db.url(), db.username(), db.password()).locations("classpath:db/migration")
                .load().migrate();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("""
                    insert into account (username, display_name, password_hash, role) values
                      ('coach', 'Cora Coach', '{bcrypt}x', 'COACH'), ('admin', 'Ada Admin', '{bcrypt}y', 'ADMIN')""");
            s.execute("""
                    insert into account (username, display_name, password_hash, role, coach_id, time_zone)
                    select 'member' || n, 'Member ' || n || ' – Zoë', '{bcrypt}z' || n, 'MEMBER',
                           (select id from account where username = 'coach'), 'Europe/Berlin'
                    from generate_series(1, 5) n""");
            s.execute("""
                    insert into audit_event (actor_username, action, target_type, target_id, details)
                    select 'admin', 'Account created', 'ACCOUNT', id, 'role=MEMBER' from account where role = 'MEMBER'""");
            s.execute("""
                    insert into article (slug, title, summary, body, category, tags, status, author, published_at)
                    values ('desk-breaks', 'Desk breaks', 'Short breaks', E'# Breaks\\n\\nStand up **every** hour; it''s fine.',
                            'BASICS', '{desk,habits}', 'PUBLISHED', 'Cora Coach', '2026-01-05T09:00Z')""");
            s.execute("""
                    insert into pain_rating (member_id, day, score, body_areas, note)
                    select a.id, date '2026-01-01' + d, (a.id + d) % 11, '{MID_BACK,NECK}', 'Day ' || d || ': "tight"'
                    from account a cross join generate_series(0, 9) d where a.role = 'MEMBER'""");
            s.execute("""
                    insert into conversation (member_id, coach_id)
                    select id, coach_id from account where role = 'MEMBER'""");
            s.execute("""
                    insert into conversation_message (conversation_id, from_coach, body, sent_at)
                    select id, n % 2 = 0, 'Message ' || n, timestamptz '2026-01-10T08:00Z' + n * interval '1 hour'
                    from conversation cross join generate_series(1, 3) n""");
        }
    }

    /** Per table: "count checksum", the checksum over every row's text in a fixed order. */
    private static Map<String, String> fingerprint(TestDatabase.Connection db) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select table_name from information_schema.tables
                    where table_schema = 'public' and table_type = 'BASE TABLE'""")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet rs = s.executeQuery("select count(*), md5(coalesce(string_agg(t::text, E'\\n' order by t::text), ''))"
                        + " from \"" + name + "\" t")) {
                    rs.next();
                    tables.put(name, rs.getLong(1) + " " + rs.getString(2));
                }
            }
        }
        return tables;
    }

    private static void assertTakesNewRows(TestDatabase.Connection db) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("insert into account (username, display_name, password_hash, role) values ('new', 'New', 'x', 'MEMBER')");
            s.execute("insert into pain_rating (member_id, day, score) select id, date '2026-02-01', 3 from account where username = 'new'");
        }
    }

    private static Connection connect(TestDatabase.Connection db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }

    private record Result(int exit, String output) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        return run(original, args);
    }

    /** The script as an operator runs it for the portal's database: from SPRING_DATASOURCE_URL. */
    private static Result run(TestDatabase.Connection db, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("PG") && !k.equals("PG_BIN"));
        env.put("SPRING_DATASOURCE_URL", db.url());
        env.put("SPRING_DATASOURCE_USERNAME", db.username());
        env.put("SPRING_DATASOURCE_PASSWORD", db.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("backup.sh did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
