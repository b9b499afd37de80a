package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.db.testing.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL of this test's own (zonky's embedded one, files kept between its stop and start) and a
 * portal of its own on it. The database is stopped under a member signed in on a phone: page loads
 * get the "temporarily unavailable" page with 503 within seconds, a check-in and a stopped routine
 * say "not saved yet" and wait in the browser, sign-in says the service is unavailable. Then the
 * database starts again: the same portal process recovers, and the acknowledged check-in, the tap
 * that waited (the later of two, sent once) and the routine (stored once) are in the database.
 */
class DatabaseOutageBrowserIT {

    private static final String PASSWORD = "outage-upright-1";
    private static final Duration FEW_SECONDS = Duration.ofSeconds(10);

    private static Path dataDirectory;
    private static int databasePort;
    private static EmbeddedPostgres postgres;
    private static RunningPortal portal;
    private static BrowserSession browser;

    @BeforeAll
    static void startDatabasePortalAndBrowser() throws IOException {
        dataDirectory = Files.createTempDirectory("upright-outage-pg");
        databasePort = RunningPortal.freePort();
        postgres = startDatabase();
        portal = RunningPortal.startOwn(new TestDatabase.Connection(
                "jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres", ""),
                Path.of("target", "portal-outage-it.log"));
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (portal != null) {
            portal.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** The same data directory and port each time, as an operator's database coming back. */
    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(databasePort).start();
    }

    @Test
    void anOutageUnderASignedInMemberFailsPolitelyAndLosesNothing() throws Exception {
        portal.createMember("olive-outage", PASSWORD);
        Page phone = browser.newPage(true);
        BrowserSession.signIn(phone, portal, "olive-outage", PASSWORD);
        phone.waitForURL("**/today");
        phone.locator("#check-in-score-3").click();
        assertThat(phone.locator("#check-in-status")).containsText("Saved: 3 out of 10 today");
        phone.locator("#check-in-more").click();
        phone.locator("#check-in-note textarea").fill("Written before the outage");
        phone.locator("#check-in-save").click();
        // the status already says "Saved: 3": wait for the note in the database (acknowledged then)
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!todaysRatings().toString().contains("Written before the outage") && System.nanoTime() < deadline) {
            phone.waitForTimeout(250);
        }
        assertThat(todaysRatings()).singleElement().asString().startsWith("3 Written before the outage ");
        assertThat(phone.locator("#check-in-status")).containsText("Saved: 3 out of 10 today");

        // a routine under way in another tab, step 1 held, the stop question open (the clock paused)
        Page timerTab = phone.context().newPage();
        timerTab.navigate(portal.url("/routines/wall-press/run"));
        Locator timer = timerTab.locator("upright-timer");
        timerTab.evaluate("window.__uprightTimeScale = 20");
        timer.locator("button.start").click();
        timer.locator("button.skip").click(); // past get-ready
        timer.locator("button.skip").click(); // past the first step's hold
        timerTab.waitForFunction("document.querySelector('upright-timer').debugState().stepsCompleted >= 1");
        timer.locator("button.stop-btn").click();

        postgres.close();

        // a check-in during the outage: said to be not saved yet, and kept in the browser; a second
        // tap in the same outage replaces the first there
        phone.locator("#check-in-score-7").click();
        assertThat(phone.locator("#check-in-status")).containsText("Not saved yet", within(FEW_SECONDS));
        assertThat(phone.locator("#check-in-status")).not().containsText("Saved: 3");
        phone.locator("#check-in-score-5").click();
        phone.waitForFunction("() => (localStorage.getItem('upright.checkin.pending') || '').includes('\"score\":5')");
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "outage-check-in-phone.png")));

        // the routine stopped and kept during the outage: not saved yet, waiting in the timer's outbox
        timer.locator("dialog button:has-text('Save what I did')").click();
        // (its request waits for the check-in's ones of the same session)
        assertThat(timer).containsText("Not saved yet — we cannot reach our database", within(Duration.ofSeconds(30)));
        assertThat((String) timerTab.evaluate("localStorage.getItem('upright.timer.outbox')")).contains("\"partial\":true");
        timerTab.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "outage-timer-phone.png")));

        // a page load: the unavailable page, HTTP 503 with Retry-After, within a few seconds
        Page tab = phone.context().newPage();
        long start = System.nanoTime();
        Response unavailable = tab.navigate(portal.url("/progress"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FEW_SECONDS);
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.headerValue("retry-after")).isEqualTo("15");
        assertThat(tab.locator("h1")).containsText("temporarily unavailable");
        assertThat(tab.locator("main")).containsText("Nothing you entered is lost");
        tab.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "outage-page-phone.png")));

        // sign-in on another phone: unavailable, not a wrong password
        Page other = browser.newPage(true);
        other.navigate(portal.url("/login"));
        other.locator("#vaadinLoginUsername input").fill("olive-outage");
        other.locator("#vaadinLoginPassword input").fill(PASSWORD);
        start = System.nanoTime();
        other.locator("vaadin-button[slot='submit']").click();
        other.waitForURL(url -> url.contains("unavailable"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FEW_SECONDS);
        assertThat(other.getByText("Sign-in is unavailable right now")).isVisible();
        assertThat(other.getByText("Incorrect username or password")).not().isVisible();
        other.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "outage-sign-in-phone.png")));
        // the tap is still only in the browser: nothing was replayed behind the member's back
        assertThat((String) phone.evaluate("localStorage.getItem('upright.checkin.pending')")).contains("\"score\":5");

        postgres = startDatabase();

        // the same portal process recovers: the unavailable page reloads itself into the view
        assertThat(tab.locator("#progress-summary")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(Duration.ofSeconds(45).toMillis()));
        BrowserSession.signIn(other, portal, "olive-outage", PASSWORD);
        other.waitForURL("**/today");

        // the tap that waited is sent by itself, once: the later one, 5
        assertThat(phone.locator("#check-in-status")).containsText("Saved: 5 out of 10 today", within(Duration.ofSeconds(90)));
        phone.waitForFunction("() => localStorage.getItem('upright.checkin.pending') === null");
        // with the note saved before the outage: every acknowledged write is there
        List<String> stored = todaysRatings();
        assertThat(stored).singleElement().asString().startsWith("5 Written before the outage ");
        phone.waitForTimeout(6_000); // time for a second delivery or a late replay of the 7 to show up
        assertThat(todaysRatings()).isEqualTo(stored);
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "outage-recovered-phone.png")));

        // the timer's outbox sends the session when the timer opens again: stored once
        timerTab.reload();
        timerTab.waitForFunction("() => !(localStorage.getItem('upright.timer.outbox') || '').includes('\"partial\":true')",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(sessions()).isEqualTo(1);
        timerTab.waitForTimeout(3_000);
        assertThat(sessions()).as("stored exactly once").isEqualTo(1);

        phone.context().close();
        other.context().close();
    }

    /** The member's stored sessions. */
    private static int sessions() throws java.sql.SQLException {
        try (var db = portal.openDatabase(); var query = db.prepareStatement("""
                select count(*) from completed_session s join account a on a.id = s.member_id where a.username = ?""")) {
            query.setString(1, "olive-outage");
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Today's ratings of the member as "score note updated_at" (the member's zone is UTC). */
    private static List<String> todaysRatings() throws java.sql.SQLException {
        List<String> rows = new ArrayList<>();
        try (var db = portal.openDatabase(); var query = db.prepareStatement("""
                select r.score, r.note, r.updated_at from pain_rating r join account a on a.id = r.member_id
                where a.username = ? and r.day = ?""")) {
            query.setString(1, "olive-outage");
            query.setObject(2, LocalDate.now(ZoneOffset.UTC));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getObject(3));
                }
            }
        }
        return rows;
    }

    private static LocatorAssertions.ContainsTextOptions within(Duration timeout) {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(timeout.toMillis());
    }
}
