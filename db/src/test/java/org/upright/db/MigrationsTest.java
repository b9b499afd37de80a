package org.upright.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.upright.db.testing.TestDatabase;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationsTest {

    private final TestDatabase.Connection db = TestDatabase.createFresh();

    private Flyway flyway() {
        return Flyway.configure().dataSource(db.url(), db.username(), db.password())
                .locations("classpath:db/migration").load();
    }

    @Test
    void migratesAnEmptyDatabaseAndIsIdempotent() throws SQLException {
        MigrateResult first = flyway().migrate();
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isGreaterThan(0);
        assertThat(flyway().migrate().migrationsExecuted).isZero();
        assertThat(flyway().validateWithResult().validationSuccessful).isTrue();
        assertThat(tables()).contains("account");
    }

    @Test
    void usernamesAreUniqueIgnoringCase() throws SQLException {
        flyway().migrate();
        try (var c = DriverManager.getConnection(db.url(), db.username(), db.password()); var s = c.createStatement()) {
            s.execute("insert into account (username, display_name, password_hash, role) values ('Anna', 'Anna', 'x', 'MEMBER')");
            assertThatThrownBy(() -> s.execute(
                    "insert into account (username, display_name, password_hash, role) values ('anna', 'Other', 'x', 'MEMBER')"))
                    .hasMessageContaining("account_username_uq");
            assertThatThrownBy(() -> s.execute(
                    "insert into account (username, display_name, password_hash, role) values ('bob', 'Bob', 'x', 'SUPERUSER')"))
                    .hasMessageContaining("account_role_ck");
        }
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (var c = DriverManager.getConnection(db.url(), db.username(), db.password());
             var rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
