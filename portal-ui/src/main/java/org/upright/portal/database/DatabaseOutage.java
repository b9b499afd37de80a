package org.upright.portal.database;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure caused by an unreachable database from any other failure. */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * True when the database could not be reached: the pool timed out waiting for a connection,
     * a connection could not be opened or was cut (SQL state class 08), or the server is shutting
     * down (57P01–57P03).
     */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
