package org.upright.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.upright.db.testing.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** V85 turns each member's feedback into the coach's messages of one conversation, read state kept, and drops feedback. */
class ConversationMigrationTest {

    private final TestDatabase.Connection db = TestDatabase.createFresh();

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(db.url(), db.username(), db.password())
                .locations("classpath:db/migration").target(target).load();
    }

    @Test
    void feedbackBecomesTheCoachsMessagesInOneConversationPerMemberAndCoach() throws SQLException {
        flyway(lastVersionBefore85()).migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            long coachA = insertAccount(s, "coach-a", "COACH");
            long coachB = insertAccount(s, "coach-b", "COACH");
            long member = insertAccount(s, "member-m", "MEMBER");
            s.execute("insert into feedback (member_id, coach_id, message, created_at, read_at) values "
                    + "(" + member + ", " + coachA + ", 'First from A', '2026-01-01T10:00Z', '2026-01-02T08:00Z'), "
                    + "(" + member + ", " + coachA + ", 'Second from A', '2026-01-03T10:00Z', null), "
                    + "(" + member + ", " + coachB + ", 'From B', '2026-02-01T10:00Z', null)");
        }

        flyway("latest").migrate();

        try (Connection c = connect(); Statement s = c.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select a.username, m.from_coach, m.body, m.read_at is not null as read
                    from conversation_message m join conversation v on v.id = m.conversation_id
                    join account a on a.id = v.coach_id order by m.sent_at""")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "|" + rs.getBoolean(2) + "|" + rs.getString(3) + "|" + rs.getBoolean(4));
                }
            }
            assertThat(rows).containsExactly("coach-a|true|First from A|true", "coach-a|true|Second from A|false",
                    "coach-b|true|From B|false");
            try (ResultSet rs = s.executeQuery("select count(*) from conversation")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
            try (ResultSet rs = c.getMetaData().getTables(null, "public", "feedback", new String[] {"TABLE"})) {
                assertThat(rs.next()).as("feedback is dropped").isFalse();
            }
        }
    }

    /** The schema as it stood just before V85, whatever other modules' migrations came before it. */
    private String lastVersionBefore85() {
        return java.util.Arrays.stream(flyway("latest").info().all())
                .map(m -> m.getVersion())
                .filter(v -> v != null && v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion("85")) < 0)
                .max(Comparable::compareTo).orElseThrow().getVersion();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }

    private static long insertAccount(Statement s, String username, String role) throws SQLException {
        try (ResultSet rs = s.executeQuery("insert into account (username, display_name, password_hash, role) values ('"
                + username + "', '" + username + "', 'x', '" + role + "') returning id")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
