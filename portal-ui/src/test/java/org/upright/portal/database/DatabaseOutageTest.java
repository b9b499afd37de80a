package org.upright.portal.database;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void noConnectionFromThePoolACutConnectionOrAServerShuttingDownAreAnOutage() {
        assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("request timed out after 3000ms")))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("An I/O error occurred", "08006")))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SocketException("Broken pipe")))).isTrue();
    }

    /** As seen when the database stopped under a pooled connection: the rollback's failure replaces the cut. */
    @Test
    void aRollbackOnAConnectionThePoolEvictedIsAnOutage() {
        RuntimeException rollback = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException(DatabaseOutage.CLOSED_BY_POOL)));
        assertThat(DatabaseOutage.isCause(rollback)).isTrue();

        RuntimeException withSuppressed = new IllegalStateException("cleanup failed");
        withSuppressed.addSuppressed(new SQLException("An I/O error occurred", "08006"));
        assertThat(DatabaseOutage.isCause(withSuppressed)).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("Connection is closed", "XX000"))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("something else"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("a bug"))).isFalse();
    }
}
