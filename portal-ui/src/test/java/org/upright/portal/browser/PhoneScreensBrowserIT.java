package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every member screen at phone size (390×844) and the coach's screens at phone and desktop size,
 * each screenshotted full-page into target/screenshots/screens-*.png: nothing reaches past the
 * screen's edge (no sideways scrolling), the timer's controls are wholly on screen in every state
 * at 360×640, 390×844 and in landscape, and the check-in's 0–10 row stays one row at 360 px.
 */
class PhoneScreensBrowserIT extends BrowserTestBase {

    private static SoftAssertions soft;

    @BeforeEach
    void collectFindings() {
        soft = new SoftAssertions();
    }

    @AfterEach
    void reportFindings() {
        soft.assertAll();
    }

    @Test
    void theDemoMembersScreensFitAPhone() throws Exception {
        portal.markScreened("member"); // the screening has its own tests
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, "member", "member-upright");
        page.waitForURL("**/today");

        assertThat(page.locator("#check-in")).isVisible();
        check(page, "01-today");
        theCheckFindsWhatItLooksFor(page);

        // the check-in with a score picked and its areas and note open
        page.locator("#check-in-score-4").click();
        assertThat(page.locator("#check-in-status")).containsText("Saved: 4 out of 10 today");
        page.locator("#check-in-more").click();
        page.locator("#check-in-area-low_back").click();
        page.locator("#check-in-area-shoulders").click();
        page.locator("#check-in-note textarea").fill("Stiff after a long drive; better after walking.");
        page.locator("#check-in-more").scrollIntoViewIfNeeded();
        check(page, "02-check-in-open");
        page.locator("#check-in-save").click();
        // "Save areas and note" confirms what it saved and folds it into the summary line
        assertThat(page.locator("#check-in-status")).containsText("Saved: 4 out of 10 today, with Low back, Shoulders and your note");
        assertThat(page.locator("#check-in-more")).not().hasAttribute("opened", "");
        assertThat(page.locator("#check-in-more")).containsText("Where: Low back, Shoulders · Note: “Stiff after a long drive;");
        check(page, "03-check-in-saved");

        // the 0–10 row stays one row on a small phone
        page.setViewportSize(360, 640);
        ScreenCheck.assertOneRow(page.locator("vaadin-button[id^='check-in-score-']"), "check-in scale at 360 px");
        check(page, "04-check-in-360x640");
        page.setViewportSize(390, 844);

        for (int[] size : new int[][] {{390, 844}, {360, 640}, {844, 390}}) {
            page.setViewportSize(size[0], size[1]);
            timerInEveryState(page, size[0] + "x" + size[1]);
        }
        page.setViewportSize(390, 844);

        page.navigate(portal.url("/progress"));
        Locator chart = page.locator("upright-pain-chart");
        assertThat(chart).hasAttribute("data-rendered", java.util.regex.Pattern.compile("\\d+"));
        // the chart's days are written like every other date in the app ("4 Nov", the year once)
        assertThat(chart).hasAttribute("data-x-labels", java.util.regex.Pattern.compile(".+"));
        assertThat(chart.getAttribute("data-x-labels").split("\\|"))
                .allMatch(label -> label.matches("\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \\d{4})?"));
        // session days are marked in their own row under the 0 line, clear of pain-0 dots
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> marks = (java.util.Map<String, Object>) page.evaluate("""
                () => {
                  const u = document.querySelector('upright-pain-chart').plot;
                  const rows = u.data[3].filter((v) => v != null);
                  const highest = Math.max(...rows);
                  return { count: rows.length, highest, pxBelowZero: u.valToPos(highest, 'y') - u.valToPos(0, 'y') };
                }""");
        assertThat(((Number) marks.get("count")).intValue()).as("session days marked").isPositive();
        assertThat(((Number) marks.get("highest")).doubleValue()).as("session marks' value").isNegative();
        assertThat(((Number) marks.get("pxBelowZero")).doubleValue()).as("px between the 0 line and the session marks")
                .isGreaterThanOrEqualTo(9);
        check(page, "20-progress");

        page.navigate(portal.url("/history"));
        assertThat(page.locator("#history-days .history-day").first()).isVisible();
        check(page, "21-history");

        page.navigate(portal.url("/messages"));
        assertThat(page.locator("#messages-with")).isVisible();
        check(page, "22-messages");
        page.context().close();
    }

    /** Start screen, running, paused, the stop question, "Well done", pain-after: each fits, controls on screen. */
    private static void timerInEveryState(Page page, String size) {
        TimerScreen run = TimerScreen.open(page, portal, "wall-press");
        Locator timer = run.timer;
        timerState(page, size, "10-timer-start", "button.start");

        run.pain("before", 4).speed(10).start();
        timerState(page, size, "11-timer-running", "button.back", "button.pause", "button.skip", "button.stop-btn");

        timer.locator("button.pause").click();
        assertThat(timer.locator("button.pause")).containsText("Resume");
        timerState(page, size, "12-timer-paused", "button.back", "button.pause", "button.skip", "button.stop-btn");

        run.stop();
        assertThat(timer.locator("dialog")).containsText("Stop here?");
        timerState(page, size, "13-timer-stop-dialog", "dialog button:has-text('Save what I did')",
                "dialog button:has-text('Discard')", "dialog button:has-text('Keep going')");
        run.answer("Keep going"); // back to where it was: paused
        timer.locator("button.pause").click();

        run.speed(60).awaitFinish(90_000).awaitSaved();
        assertThat(timer.locator("h1")).hasText("Well done");
        timerState(page, size, "14-timer-well-done", "button.save");

        run.pain("after", 3);
        timer.locator("#note").fill("Easier than yesterday.");
        timer.locator(".pain[data-name='after']").scrollIntoViewIfNeeded();
        timerState(page, size, "15-timer-pain-after", "button.save", ".pain[data-name='after'] button.v0",
                ".pain[data-name='after'] button.v10");
        timer.locator("button.save").click();
        run.awaitSaved();
        timerState(page, size, "16-timer-saved", "button.save");
        assertThat(timer.locator("button.save")).hasText("Done");
    }

    private static void timerState(Page page, String size, String name, String... controls) {
        check(page, name + "-" + size);
        for (String control : controls) {
            ScreenCheck.assertFullyOnScreen(page, TimerScreen.on(page).locator(control), name + " " + size + ": " + control);
        }
    }

    @Test
    void theCoachsClientListAndClientPageFitAPhoneAndADesktop() {
        for (int[] size : new int[][] {{390, 844}, {1280, 800}}) {
            String name = size[0] + "x" + size[1];
            Page coach = browser.newPage(size[0] < 600);
            coach.setViewportSize(size[0], size[1]);
            BrowserSession.signIn(coach, portal, "coach", "coach-upright");
            coach.waitForURL("**/coach");
            Locator mia = coach.locator("#clients a", new Page.LocatorOptions().setHasText("Mia Member"));
            assertThat(mia).isVisible();
            check(coach, "30-coach-clients-" + name);
            mia.click();
            coach.waitForURL("**/coach/clients/**");
            assertThat(coach.locator("#client-detail upright-pain-chart"))
                    .hasAttribute("data-rendered", java.util.regex.Pattern.compile("\\d+"));
            // the ratings and sessions: one card per day on a phone, the two tables on a desktop
            boolean phone = size[0] < 600;
            Locator dayCards = coach.locator("#client-history-days .history-day");
            if (phone) {
                assertThat(dayCards.first()).isVisible();
                assertThat(dayCards.first()).containsText(" out of 10");
                assertThat(coach.locator("#client-ratings")).isHidden();
            } else {
                assertThat(coach.locator("#client-ratings")).isVisible();
                assertThat(coach.locator("#client-history-days")).isHidden();
            }
            check(coach, "31-coach-client-" + name);
            coach.context().close();
        }
    }

    @Test
    void theNotFoundAndAccessDeniedPagesSitInTheLayoutOnAPhoneAndLeadHome() {
        Page page = browser.newPage(true);
        // a dead link opened before signing in: after sign-in the member lands on their home
        page.navigate(portal.url("/nope"));
        page.waitForURL("**/login");
        page.locator("#vaadinLoginUsername input").fill("member");
        page.locator("#vaadinLoginPassword input").fill("member-upright");
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.locator("#check-in")).isVisible();
        assertThat(page.locator("#not-found")).hasCount(0);

        var missing = page.navigate(portal.url("/coach/clients/abc"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(page.locator("#not-found")).containsText("There is no page at this address");
        assertThat(page.locator("vaadin-drawer-toggle")).isVisible(); // inside the app's layout
        check(page, "40-not-found");
        page.locator("#not-found-home").click();
        page.waitForURL("**/today");

        var denied = page.navigate(portal.url("/admin/accounts"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(page.locator("#access-denied")).containsText("You don't have access to this page");
        assertThat(page.locator("vaadin-drawer-toggle")).isVisible();
        check(page, "41-access-denied");
        page.context().close();
    }

    /** The layout check can fail: it names a box too wide for the screen and a label cut off inside its box. */
    private static void theCheckFindsWhatItLooksFor(Page page) {
        page.evaluate("""
                () => {
                  const wide = document.createElement('div');
                  wide.id = 'too-wide';
                  wide.style.width = '500px';
                  wide.textContent = 'wider than a phone';
                  const cut = document.createElement('p');
                  cut.id = 'cut-label';
                  cut.style.cssText = 'width: 100px; white-space: nowrap; overflow: hidden';
                  cut.textContent = 'A label far too long for a hundred pixels';
                  document.querySelector('#member-home').append(wide, cut);
                }""");
        assertThat(ScreenCheck.sidewaysOffenders(page))
                .anyMatch(finding -> finding.startsWith("div#too-wide"))
                .anyMatch(finding -> finding.startsWith("text cut off in p#cut-label"));
        page.evaluate("() => { document.querySelector('#too-wide').remove(); document.querySelector('#cut-label').remove(); }");
    }

    /** Screenshots first, then notes what reaches past the edge (all screens are checked before the test fails). */
    private static void check(Page page, String name) {
        ScreenCheck.screenshot(page, "screens-" + name);
        soft.assertThat(ScreenCheck.sidewaysOffenders(page))
                .as(name + " at " + ScreenCheck.size(page) + ": elements reaching past the screen's edge").isEmpty();
    }
}
