package org.upright.portal.browser;

import org.upright.db.testing.TestDatabase;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged production jar, started once per test JVM on a free port against a fresh
 * test database with the demo data switched on. Its output goes to target/portal-it.log.
 * A test that needs a portal of its own (on a database it controls) starts one with
 * {@link #startOwn}.
 */
final class RunningPortal {

    /** How long the second sign-in step may wait after the password (5 minutes unless configured). */
    static final Duration PENDING_LIFETIME = Duration.ofSeconds(30);

    private static RunningPortal instance;

    private final Process process;
    private final String baseUrl;
    private final TestDatabase.Connection database;

    private RunningPortal(Process process, String baseUrl, TestDatabase.Connection database) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.database = database;
    }

    /** A new member of the demo coach, for browser flows that change a member's data (keeps tests independent). */
    void createMember(String username, String password) throws java.sql.SQLException {
        createUnscreenedMember(username, password, "Tess Timer");
        markScreened(username);
    }

    /** A new member of the demo coach who has not answered the safety screening yet (their first sign-in). */
    void createUnscreenedMember(String username, String password, String displayName) throws java.sql.SQLException {
        String hash = org.springframework.security.crypto.factory.PasswordEncoderFactories
                .createDelegatingPasswordEncoder().encode(password);
        try (var db = openDatabase(); var insert = db.prepareStatement("""
                insert into account (username, display_name, password_hash, role, coach_id)
                values (?, ?, ?, 'MEMBER', (select id from account where username = 'coach'))""")) {
            insert.setString(1, username);
            insert.setString(2, displayName);
            insert.setString(3, hash);
            insert.executeUpdate();
        }
    }

    /** A new coach with only a password: two-step sign-in is not set up yet (their first sign-in sets it up). */
    void createCoach(String username, String password) throws java.sql.SQLException {
        String hash = org.springframework.security.crypto.factory.PasswordEncoderFactories
                .createDelegatingPasswordEncoder().encode(password);
        try (var db = openDatabase(); var insert = db.prepareStatement(
                "insert into account (username, display_name, password_hash, role) values (?, ?, ?, 'COACH')")) {
            insert.setString(1, username);
            insert.setString(2, "Cora Code");
            insert.setString(3, hash);
            insert.executeUpdate();
        }
    }

    /** Sets up an authenticator app with this secret for the account, as if it had enrolled. */
    void giveAuthenticator(String username, String secret) throws java.sql.SQLException {
        try (var db = openDatabase(); var insert = db.prepareStatement(
                "insert into account_totp (account_id, secret, confirmed_at) select id, ?, now() from account where username = ?")) {
            insert.setString(1, "plain:" + secret);
            insert.setString(2, username);
            insert.executeUpdate();
        }
    }

    /**
     * For flows that are not about the safety screening: the member has answered "no" to all of
     * it, just now (the demo member, or one an admin created in the browser).
     */
    void markScreened(String username) throws java.sql.SQLException {
        try (var db = openDatabase(); var screened = db.prepareStatement("""
                insert into screening (member_id, answered_at, answers, any_yes)
                select id, now(), '{}'::jsonb, false from account where username = ?""")) {
            screened.setString(1, username);
            screened.executeUpdate();
        }
    }

    /** No daily reminder for this member (the profile's choice of none). */
    void clearReminder(String username) throws java.sql.SQLException {
        try (var db = openDatabase(); var update = db.prepareStatement("""
                update reminder_setting set remind_at = null
                where member_id = (select id from account where username = ?)""")) {
            update.setString(1, username);
            update.executeUpdate();
        }
    }

    /** A confirmed e-mail address for this user (as if they had confirmed it from the profile). */
    void giveEmail(String username) throws java.sql.SQLException {
        try (var db = openDatabase(); var update = db.prepareStatement(
                "update account set email = username || '@mail.upright.test' where username = ?")) {
            update.setString(1, username);
            update.executeUpdate();
        }
    }

    /**
     * Ends every session this user has now, on the server (as a password reset does): the next
     * request of such a session finds it gone. The browser keeps its page and what was typed.
     */
    void endSessions(String username) throws java.sql.SQLException {
        try (var db = openDatabase(); var end = db.prepareStatement(
                "update account set sessions_valid_after = now() where username = ?")) {
            end.setString(1, username);
            if (end.executeUpdate() != 1) {
                throw new IllegalArgumentException("No account " + username);
            }
        }
    }

    /** A JDBC connection to the portal's database, to check what a browser flow stored. */
    java.sql.Connection openDatabase() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(database.url(), database.username(), database.password());
    }

    static synchronized RunningPortal get() {
        if (instance == null) {
            instance = start(TestDatabase.createFresh(), Path.of("target", "portal-it.log"));
            Runtime.getRuntime().addShutdownHook(new Thread(instance.process::destroy));
        }
        return instance;
    }

    /**
     * A portal of the caller's own on the given database (e.g. one the test stops and starts),
     * besides the shared one; its output goes to {@code log}. Stop it with {@link #stop()}.
     */
    static RunningPortal startOwn(TestDatabase.Connection database, Path log) {
        RunningPortal portal = start(database, log);
        Runtime.getRuntime().addShutdownHook(new Thread(portal.process::destroy));
        return portal;
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String url(String path) {
        return baseUrl + path;
    }

    private static RunningPortal start(TestDatabase.Connection db, Path log) {
        Path jar = Path.of(System.getProperty("upright.portal.jar", "target/upright-portal.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No portal jar at " + jar.toAbsolutePath() + ": run the build with -Pproduction");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--management.server.port=0",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--upright.demo-data=true",
                "--upright.timer.test-hooks=true",
                // every browser test signs in from 127.0.0.1
                "--upright.sign-in.max-failures-per-address=100000",
                // short enough for SecondFactorBrowserIT to wait it out, long enough for any sign-in here
                "--upright.security.mfa.pending-lifetime=" + PENDING_LIFETIME.toSeconds() + "s",
                "--vaadin.devmode.devTools.enabled=false"));
        // mail goes to the SMTP server in the test JVM (GreenMail), so a test can open the links
        command.addAll(org.upright.portal.testing.MailServer.arguments("http://localhost:" + port));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            String base = "http://localhost:" + port;
            awaitLoginPage(process, base, log);
            RunningPortal portal = new RunningPortal(process, base, db);
            // the demo data is in place before the web server opens; its member has been screened
            // (the screening itself has its own tests)
            portal.markScreened("member");
            return portal;
        } catch (IOException | java.sql.SQLException e) {
            throw new IllegalStateException("Could not start the portal jar", e);
        }
    }

    private static void awaitLoginPage(Process process, String base, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped during start-up; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        process.destroy();
        throw new IllegalStateException("The portal did not serve /login within 180 s; see " + log.toAbsolutePath());
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
