package org.upright.db.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database for tests. Uses the server named by
 * {@code UPRIGHT_TEST_PG_URL} (default: the local one at 127.0.0.1:5432, database
 * {@code test}) when it answers, otherwise an embedded PostgreSQL. Each database
 * created here is dropped when the JVM exits.
 */
public final class TestDatabase {

    public record Connection(String url, String username, String password) {
    }

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static Server server;
    private static Connection shared;

    private TestDatabase() {
    }

    /** One database shared by every test of this JVM (Spring contexts are cached too). */
    public static synchronized Connection shared() {
        if (shared == null) {
            shared = createFresh();
        }
        return shared;
    }

    /** A brand-new empty database. */
    public static synchronized Connection createFresh() {
        if (server == null) {
            server = startServer();
        }
        String name = "upright_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        server.execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.dropQuietly(name)));
        return new Connection(server.urlOf(name), server.username, server.password);
    }

    private static Server startServer() {
        String url = env("UPRIGHT_TEST_PG_URL", DEFAULT_URL);
        String user = env("UPRIGHT_TEST_PG_USER", "postgres");
        String password = env("UPRIGHT_TEST_PG_PASSWORD", "");
        DriverManager.setLoginTimeout(3);
        try (var c = DriverManager.getConnection(url, user, password)) {
            return new Server(url, user, password, null);
        } catch (SQLException unreachable) {
            System.out.println("[TestDatabase] " + url + " not reachable (" + unreachable.getMessage()
                    + "); starting an embedded PostgreSQL");
            return startEmbedded();
        }
    }

    private static Server startEmbedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
            return new Server(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", pg);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start an embedded PostgreSQL for tests", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private record Server(String adminUrl, String username, String password, EmbeddedPostgres embedded) {

        String urlOf(String database) {
            int slash = adminUrl.lastIndexOf('/');
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }

        void execute(String sql) {
            try (var c = DriverManager.getConnection(adminUrl, username, password); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Test database: " + sql + " failed", e);
            }
        }

        void dropQuietly(String database) {
            try {
                execute("drop database if exists " + database + " with (force)");
            } catch (RuntimeException ignored) {
                // best effort: the server may already be gone
            }
        }
    }
}
