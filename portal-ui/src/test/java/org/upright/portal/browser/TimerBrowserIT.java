package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guided timer on a phone-sized page, with time sped up through the test hook: a new member
 * starts a program, runs a 3-step routine with pause, resume and skip, rates pain before and
 * after, and the session is stored once (a double tap on Save included).
 */
class TimerBrowserIT extends BrowserTestBase {

    private static final String ROUTINE = "core-basics";
    private static final String MEMBER = "timer-member";
    private static final String PASSWORD = "timer-member-password";

    @BeforeAll
    static void createTimerMember() throws Exception {
        portal.createMember(MEMBER, PASSWORD);
    }

    @Test
    void memberEnrollsThenRunsARoutineToTheEndAndTheSessionIsRecordedOnce() throws Exception {
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, MEMBER, PASSWORD);

        page.navigate(portal.url("/programs/desk-neck-shoulders"));
        page.locator("#enroll-button").click();
        page.waitForURL("**/today");
        assertThat(page.locator("#today-plan")).containsText("Day 1 of 14");

        page.navigate(portal.url("/routines/" + ROUTINE + "/run"));
        Locator timer = page.locator("upright-timer");
        assertThat(timer.locator("button.start")).isEnabled();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "timer-intro.png")));
        timer.locator("fieldset.pain .pain-btn.v6").click();

        AtomicInteger serverCalls = new AtomicInteger();
        page.onRequest((Request r) -> {
            if (r.url().contains("v-r=uidl")) {
                serverCalls.incrementAndGet();
            }
        });
        page.evaluate("window.__uprightTimeScale = 20");
        timer.locator("button.start").click();
        page.waitForFunction("document.querySelector('upright-timer').debugState().elapsedMs > 3000");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "timer-running.png")));

        // pause: time stands still
        timer.locator("button.pause").click();
        double pausedAt = elapsed(page);
        page.waitForTimeout(600);
        assertThat(elapsed(page)).isEqualTo(pausedAt);
        assertThat(state(page).get("running")).isEqualTo(false);
        timer.locator("button.pause").click();
        page.waitForFunction("document.querySelector('upright-timer').debugState().running === true");

        // skip moves to the next phase at once
        int before = ((Number) state(page).get("phaseIndex")).intValue();
        timer.locator("button.skip").click();
        assertThat(((Number) state(page).get("phaseIndex")).intValue()).isGreaterThan(before);

        page.waitForFunction("document.querySelector('upright-timer').debugState().screen === 'finish'", null,
                new Page.WaitForFunctionOptions().setTimeout(120_000));
        timer.locator("fieldset.pain .pain-btn.v3").click();
        timer.locator("#note").fill("Felt easier on the last step.");
        timer.locator("button.save").dblclick();
        assertThat(timer).containsText("Session saved");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "timer-saved.png")));
        assertThat(serverCalls.get()).as("round trips from Start to saved").isLessThanOrEqualTo(5);

        try (var db = portal.openDatabase(); var q = db.prepareStatement("""
                select s.steps_completed, s.steps_total, s.pain_before, s.pain_after, s.note, count(*) over () as n
                from completed_session s join routine r on r.id = s.routine_id
                join account a on a.id = s.member_id
                where r.slug = ? and a.username = 'timer-member' and s.note = 'Felt easier on the last step.'""")) {
            q.setString(1, ROUTINE);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("session stored").isTrue();
                assertThat(rs.getInt("n")).as("stored once despite the double tap").isEqualTo(1);
                assertThat(rs.getInt("steps_completed")).isEqualTo(3);
                assertThat(rs.getInt("steps_total")).isEqualTo(3);
                assertThat(rs.getInt("pain_before")).isEqualTo(6);
                assertThat(rs.getInt("pain_after")).isEqualTo(3);
            }
        }

        // the progress view shows the pain response of this routine
        page.navigate(portal.url("/progress"));
        assertThat(page.locator("body")).containsText("Core");
        page.context().close();
    }

    @Test
    void stoppedEarlyWhileOfflineIsKeptInTheBrowserAndSentOnceWhenBack() throws Exception {
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, MEMBER, PASSWORD);
        page.navigate(portal.url("/routines/wall-press/run"));
        Locator timer = page.locator("upright-timer");
        page.evaluate("window.__uprightTimeScale = 20");
        timer.locator("button.start").click();
        timer.locator("button.skip").click(); // past get-ready
        timer.locator("button.skip").click(); // past the first step's only hold: step 1 done
        page.waitForFunction("document.querySelector('upright-timer').debugState().stepsCompleted >= 1");

        timer.locator("button.stop-btn").click();
        timer.locator("dialog button:has-text('Stop')").click();
        timer.locator("dialog button:has-text('Save as partial')").click();
        timer.locator("#note").fill("Phone rang, stopped early.");

        page.context().setOffline(true);
        timer.locator("button.save").click();
        assertThat(timer).containsText("You're offline", new com.microsoft.playwright.assertions.LocatorAssertions
                .ContainsTextOptions().setTimeout(30_000));
        String kept = (String) page.evaluate("localStorage.getItem('upright.timer.outbox')");
        assertThat(kept).contains("Phone rang, stopped early.").contains("\"partial\":true");

        page.context().setOffline(false);
        page.reload(); // the view re-sends what the outbox holds when it opens
        long deadline = System.currentTimeMillis() + 30_000;
        int stored = 0;
        while (stored == 0 && System.currentTimeMillis() < deadline) {
            stored = partialSessions();
            page.waitForTimeout(500);
        }
        page.waitForTimeout(2_000); // give a duplicate delivery (reconnect + outbox) the chance to show up
        assertThat(partialSessions()).as("stored exactly once").isEqualTo(1);
        page.waitForFunction("!(localStorage.getItem('upright.timer.outbox') || '').includes('Phone rang')");
        page.context().close();
    }

    private static int partialSessions() throws Exception {
        try (var db = portal.openDatabase(); var q = db.prepareStatement("""
                select count(*) from completed_session s join account a on a.id = s.member_id
                where a.username = ? and s.note = 'Phone rang, stopped early.' and s.steps_completed < s.steps_total""")) {
            q.setString(1, MEMBER);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static double elapsed(Page page) {
        return ((Number) state(page).get("elapsedMs")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Page page) {
        return (Map<String, Object>) page.evaluate("document.querySelector('upright-timer').debugState()");
    }
}
