package org.upright.portal.database;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure caused by an unreachable database from any other failure. */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** What HikariCP's proxy throws once it has evicted a broken connection (no SQL state). */
    static final String CLOSED_BY_POOL = "Connection is closed";

    /**
     * True when the database could not be reached: the pool timed out waiting for a connection,
     * a connection could not be opened or was cut (SQL state class 08, a socket error, or the pool's
     * "Connection is closed" for a connection it evicted as broken, e.g. when the rollback after a cut
     * connection replaces the original failure), or the server is shutting down (57P01–57P03).
     * Causes and suppressed exceptions are both followed.
     */
    public static boolean isCause(Throwable failure) {
        return isCause(failure, 0);
    }

    private static boolean isCause(Throwable t, int depth) {
        if (t == null || depth > 32) {
            return false;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                || t instanceof SocketException) {
            return true;
        }
        if (t instanceof SQLException sql && (sql.getSQLState() != null
                ? sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
                : CLOSED_BY_POOL.equals(sql.getMessage()))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isCause(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && isCause(t.getCause(), depth + 1);
    }
}
