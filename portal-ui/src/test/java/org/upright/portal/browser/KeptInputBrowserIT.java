package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing typed is lost when a session ends or the page reloads: the browser keeps the text until
 * the server confirms it (then nothing of it stays in localStorage), and a browser someone else
 * signs in on next shows them none of it.
 */
class KeptInputBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "Kettle!Orbit7Lagoon";
    private static final String KEPT = "upright.kept.";
    private static final String PENDING = "upright.checkin.pending";
    private static final String NOTHING_KEPT = "() => !Object.keys(localStorage).some(k => k.startsWith('"
            + KEPT + "') || k === '" + PENDING + "')";

    @Test
    void aCheckInTypedWhenTheSessionEndedIsBackAndSavedAfterSigningInAgain() throws Exception {
        String username = "kept-check-in-" + System.nanoTime();
        portal.createMember(username, PASSWORD);
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, username, PASSWORD);
        page.waitForURL("**/today");
        String note = "Stiff after the long drive, better after the wall press";
        page.locator("#check-in-more vaadin-details-summary").click();
        keeping(page, "#check-in-note");
        page.locator("#check-in-note textarea").fill(note);
        assertThat(BrowserSession.storedKeys(page, KEPT)).singleElement().asString()
                .contains("|/today|check-in-note:");

        portal.endSessions(username);
        page.locator("#check-in-score-6").click();
        Locator ended = page.getByText("Your session has ended");
        assertThat(ended).isVisible();
        assertThat(page.getByText("cookies", new Page.GetByTextOptions().setExact(false))).hasCount(0);
        snapshot(page, "kept-session-ended");
        ended.click();
        BrowserSession.signInHere(page, username, PASSWORD);

        landsOn(page, "/today");
        assertThat(page.locator("#check-in-status")).containsText("Saved: 6 out of 10 today");
        assertThat(page.locator("#check-in-note textarea")).hasValue(note);
        assertThat(page.locator("#check-in-more")).containsText("“Stiff after the long drive");
        page.waitForFunction(NOTHING_KEPT);
        snapshot(page, "kept-check-in-restored");
        try (var db = portal.openDatabase(); var q = db.prepareStatement("""
                select r.score, r.note from pain_rating r join account a on a.id = r.member_id where a.username = ?""")) {
            q.setString(1, username);
            try (var rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt("score")).isEqualTo(6);
                assertThat(rs.getString("note")).isEqualTo(note);
                assertThat(rs.next()).isFalse();
            }
        }
        page.context().close();
    }

    @Test
    void anArticleDraftSurvivesAReloadAndIsForgottenOnceSaved() throws Exception {
        String title = "Kept draft " + UUID.randomUUID().toString().substring(0, 8);
        String body = "## Slow breathing\n\nBreathe out for longer than you breathe in.";
        Page admin = browser.newPage(false);
        BrowserSession.signIn(admin, portal, "admin", "admin-upright");
        admin.navigate(portal.url("/admin/articles/new"));
        keeping(admin, "#title");
        keeping(admin, "#body");
        admin.locator("#title input").fill(title);
        admin.locator("#summary textarea").fill("A calmer back starts with the breath.");
        admin.locator("#body textarea").fill(body);
        assertThat(BrowserSession.storedKeys(admin, KEPT)).hasSize(3);

        admin.reload();
        assertThat(admin.locator("#title input")).hasValue(title);
        assertThat(admin.locator("#summary textarea")).hasValue("A calmer back starts with the breath.");
        assertThat(admin.locator("#body textarea")).hasValue(body);
        assertThat(admin.locator("#body > [slot='helper']")).hasText(
                java.util.regex.Pattern.compile("^Restored from this device: not saved yet\\. ## Heading"));
        assertThat(admin.locator("#preview h2")).hasText("Slow breathing"); // the server has the restored text
        snapshot(admin, "kept-article-restored");
        admin.locator("#category").click();
        admin.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Daily habits")).click();
        admin.locator("#save").click();
        admin.waitForURL(url -> url.matches(".*/admin/articles/\\d+$"));
        assertThat(admin.locator("#status")).hasText("Draft");
        admin.waitForFunction(NOTHING_KEPT);
        try (var db = portal.openDatabase(); var q = db.prepareStatement("select body from article where title = ?")) {
            q.setString(1, title);
            try (var rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("body")).isEqualTo(body);
            }
        }
        // a new article starts empty: the saved one's text is not offered again
        admin.navigate(portal.url("/admin/articles/new"));
        assertThat(admin.locator("#title input")).hasValue("");
        admin.context().close();
    }

    @Test
    void aRoutineStepEditedWhenTheSessionEndedIsBackAfterSigningInAgain() throws Exception {
        long routineId = routineId("doorway-chest-stretch");
        String instructions = "Stand in a doorway, forearms on the frame, and step through slowly. " + System.nanoTime();
        Page admin = browser.newPage(false);
        BrowserSession.signIn(admin, portal, "admin", "admin-upright");
        admin.navigate(portal.url("/admin/routines/" + routineId));
        String field = "#step-1 vaadin-text-area[data-upright-keep='step-1.instructions']";
        Locator step = admin.locator(field + " textarea");
        keeping(admin, field);
        step.fill(instructions);

        portal.endSessions("admin");
        admin.locator("#save").click();
        Locator ended = admin.getByText("Your session has ended");
        assertThat(ended).isVisible();
        ended.click();
        BrowserSession.signInHere(admin, "admin", "admin-upright");

        landsOn(admin, "/admin/routines/" + routineId);
        assertThat(step).hasValue(instructions);
        snapshot(admin, "kept-routine-restored");
        admin.locator("#save").click();
        admin.waitForFunction(NOTHING_KEPT);
        try (var db = portal.openDatabase(); var q = db.prepareStatement(
                "select instructions from routine_step where routine_id = ? and position = 0")) { // the first step
            q.setLong(1, routineId);
            try (var rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("instructions")).isEqualTo(instructions);
            }
        }
        admin.context().close();
    }

    @Test
    void theNextPersonOnTheSameBrowserSeesNothingTheFirstTyped() throws Exception {
        String first = "kept-first-" + System.nanoTime();
        String second = "kept-second-" + System.nanoTime();
        portal.createMember(first, PASSWORD);
        portal.createMember(second, PASSWORD);
        Page page = browser.newPage(true);
        String secret = "Private: my neck hurts since the argument at home";

        // signing out on purpose: the kept text goes at once
        BrowserSession.signIn(page, portal, first, PASSWORD);
        page.waitForURL("**/today");
        page.locator("#check-in-more vaadin-details-summary").click();
        keeping(page, "#check-in-note");
        page.locator("#check-in-note textarea").fill(secret);
        page.navigate(portal.url("/messages"));
        keeping(page, "#message-body");
        page.locator("#message-body textarea").fill(secret);
        assertThat(BrowserSession.storedKeys(page, KEPT)).hasSize(2);
        page.locator("vaadin-drawer-toggle").click();
        page.locator("#sign-out").click();
        page.waitForURL(url -> url.contains("/login"));
        assertThat(BrowserSession.storedKeys(page, KEPT)).isEmpty();

        // the session ends without signing out, and someone else signs in: the first person's text goes
        BrowserSession.signIn(page, portal, first, PASSWORD);
        page.waitForURL("**/today");
        page.locator("#check-in-more vaadin-details-summary").click();
        keeping(page, "#check-in-note");
        page.locator("#check-in-note textarea").fill(secret);
        assertThat(BrowserSession.storedKeys(page, KEPT)).hasSize(1);
        portal.endSessions(first);
        page.reload();
        BrowserSession.signInHere(page, second, PASSWORD);
        landsOn(page, "/today");
        assertThat(page.locator("#check-in-note textarea")).hasValue("");
        page.waitForFunction(NOTHING_KEPT);
        page.navigate(portal.url("/messages"));
        assertThat(page.locator("#message-body textarea")).hasValue("");
        assertThat(page.content()).doesNotContain(secret);
        snapshot(page, "kept-next-person");
        page.context().close();
    }

    /** Waits until the page's script keeps what is typed into this field (a person is slower than a test). */
    private static void keeping(Page page, String field) {
        page.waitForFunction("s => { const el = document.querySelector(s);"
                + " return !!(el && window.uprightKept && window.uprightKept.watching(el)); }", field);
    }

    /** Sign-in leads back to the page the session ended on (Spring Security may add "?continue"). */
    private static void landsOn(Page page, String path) {
        page.waitForURL(url -> java.net.URI.create(url).getPath().equals(path));
    }

    private static long routineId(String slug) throws SQLException {
        try (var db = portal.openDatabase(); var q = db.prepareStatement("select id from routine where slug = ?")) {
            q.setString(1, slug);
            try (var rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        }
    }

    private static void snapshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
