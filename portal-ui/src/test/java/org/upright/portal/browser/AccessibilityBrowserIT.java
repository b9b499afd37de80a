package org.upright.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every view of the portal, as a member (phone size), a coach and an admin (desktop size), passes
 * axe-core with no serious or critical violation ({@link Axe}): sign-in, the safety screening,
 * Today with the check-in open, routines, programs, the timer in its states, progress, history,
 * messages, the library and an article, the profile, the coach's clients, triage and a client's
 * page, and each admin list and editor. Findings are collected over the whole walk and reported
 * together. A member whose device asks for less motion gets no transitions. The main member and
 * coach views pass in the dark theme too: the member switches to it on the profile
 * ({@code theme-toggle}, remembered in the browser), the coach's device prefers dark; the offline
 * page, which follows the device's dark preference, is checked in both ({@link InstallableAppBrowserIT}).
 */
class AccessibilityBrowserIT extends BrowserTestBase {

    private SoftAssertions soft;

    @BeforeEach
    void collect() {
        soft = new SoftAssertions();
    }

    @AfterEach
    void report() {
        soft.assertAll();
    }

    @Test
    void signInAndSetPasswordPagesPass() {
        Page page = browser.newPage(true);
        page.navigate(portal.url("/login"));
        page.locator("#vaadinLoginUsername input").waitFor();
        check(page, "sign-in");
        page.navigate(portal.url("/login?error"));
        page.locator("#vaadinLoginUsername input").waitFor();
        check(page, "sign-in after a wrong password");
        page.navigate(portal.url("/set-password?token=no-such-link"));
        check(page, "set-password with a used link");
        page.context().close();
    }

    @Test
    void everyMemberViewPasses() throws SQLException {
        portal.markScreened("member"); // the screening has its own check below
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, "member", "member-upright");
        page.waitForURL("**/today");
        check(page, "Today");
        page.locator("#check-in-more").click();
        check(page, "Today, check-in areas and note open");
        for (String view : new String[] {"/routines", "/routines/wall-press", "/programs", "/programs/mid-back-reset",
                "/progress", "/history", "/messages", "/library", "/profile", "/no-such-page"}) {
            page.navigate(portal.url(view));
            check(page, view);
        }
        page.navigate(portal.url("/library"));
        page.locator("#results a").first().click();
        page.waitForURL("**/library/**");
        check(page, "an article");
        page.setViewportSize(1280, 900); // wider screens show history and progress as tables
        for (String view : new String[] {"/history", "/progress", "/today"}) {
            page.navigate(portal.url(view));
            check(page, view + " at desktop size");
        }
        page.context().close();
    }

    @Test
    void theTimerPassesInEachState() throws SQLException {
        String member = "axe-timer-" + System.nanoTime();
        portal.createMember(member, "axe-timer-password");
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, member, "axe-timer-password");
        TimerScreen run = TimerScreen.open(page, portal, "wall-press");
        check(page, "timer start screen");
        run.pain("before", 3).speed(20).start().await("s.elapsedMs > 1500", 20_000);
        run.timer.locator("button.pause").click();
        check(page, "timer running (paused)");
        run.timer.locator("button.pause").click();
        run.stop();
        check(page, "timer asking to stop");
        page.keyboard().press("Escape");
        run.speed(60).awaitFinish(90_000);
        check(page, "timer finished");
        page.context().close();
    }

    @Test
    void aMemberWhoAsksForLessMotionGetsNoTransitions() throws SQLException {
        String member = "axe-motion-" + System.nanoTime();
        portal.createMember(member, "axe-motion-password");
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, member, "axe-motion-password");
        TimerScreen.open(page, portal, "wall-press").start();
        page.locator("upright-timer").locator(".panel").waitFor();
        String durations = """
                () => getComputedStyle(document.querySelector('upright-timer').shadowRoot.querySelector('.panel')).transitionDuration
                    + ' ' + getComputedStyle(document.querySelector('.timer-back')).transitionDuration""";
        soft.assertThat((String) page.evaluate(durations)).as("without the preference: the phase colour fades")
                .startsWith("0.3s");
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
        // the timer's own rule (none at all) and the page's (as good as none: 0.01 ms) take over
        String[] reduced = ((String) page.evaluate(durations)).split(" ");
        soft.assertThat(reduced[0]).as("the timer's phase colour").isEqualTo("0s");
        soft.assertThat(Double.parseDouble(reduced[1].replace("s", ""))).as("the page's links").isLessThan(0.001);
        page.context().close();
    }

    @Test
    void theSafetyScreeningPasses() throws SQLException {
        String member = "axe-screening-" + System.nanoTime();
        portal.createUnscreenedMember(member, "axe-screening-password", "Sam Screening");
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, member, "axe-screening-password");
        page.navigate(portal.url("/screening"));
        check(page, "safety screening");
        page.context().close();
    }

    @Test
    void everyCoachViewPasses() throws SQLException {
        Page page = browser.newPage(false);
        BrowserSession.signIn(page, portal, "coach", "coach-upright");
        for (String view : new String[] {"/coach", "/coach/triage", "/coach/clients/" + accountId("member"),
                "/coach/clients/" + accountId("demo-walt"), "/messages", "/library", "/routines", "/profile"}) {
            page.navigate(portal.url(view));
            check(page, "coach " + view);
        }
        page.setViewportSize(390, 844);
        for (String view : new String[] {"/coach", "/coach/clients/" + accountId("member")}) {
            page.navigate(portal.url(view));
            check(page, "coach " + view + " at phone size");
        }
        page.context().close();
    }

    @Test
    void theMainMemberViewsPassInTheDarkThemeChosenOnTheProfile() throws SQLException {
        portal.markScreened("member");
        Page page = browser.newPage(true);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        BrowserSession.signIn(page, portal, "member", "member-upright");
        page.waitForURL("**/today");
        soft.assertThat(theme(page)).as("a light device, no choice: light").isNotEqualTo("dark");
        page.navigate(portal.url("/profile"));
        page.locator("#theme-toggle vaadin-radio-button", new Page.LocatorOptions().setHasText("Dark")).click();
        page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
        check(page, "dark: /profile");
        page.navigate(portal.url("/today"));
        page.locator("#check-in-more").waitFor();
        soft.assertThat(theme(page)).as("remembered in this browser").isEqualTo("dark");
        check(page, "dark: Today");
        // one look at Today in dark, phone size (target/screenshots, not kept in git)
        ScreenCheck.screenshot(page, "dark-today");
        page.locator("#check-in-more").click();
        check(page, "dark: Today, check-in areas and note open");
        for (String view : new String[] {"/routines", "/routines/wall-press", "/progress", "/history", "/messages",
                "/library"}) {
            page.navigate(portal.url(view));
            check(page, "dark: " + view);
        }
        page.setViewportSize(1280, 900);
        for (String view : new String[] {"/history", "/progress"}) {
            page.navigate(portal.url(view));
            check(page, "dark: " + view + " at desktop size");
        }
        page.navigate(portal.url("/profile"));
        page.locator("#theme-toggle vaadin-radio-button", new Page.LocatorOptions().setHasText("Like this device")).click();
        page.waitForFunction("() => document.documentElement.getAttribute('theme') !== 'dark'");
        page.context().close();
    }

    @Test
    void theCoachViewsPassInTheDarkThemeOfTheirDevice() throws SQLException {
        Page page = browser.newPage(false);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        BrowserSession.signIn(page, portal, "coach", "coach-upright");
        soft.assertThat(theme(page)).as("a dark device, no choice: dark").isEqualTo("dark");
        for (String view : new String[] {"/coach", "/coach/triage", "/coach/clients/" + accountId("member"),
                "/coach/clients/" + accountId("demo-walt"), "/coach/clients/" + accountId("demo-hana"), "/profile"}) {
            page.navigate(portal.url(view));
            check(page, "dark: coach " + view);
        }
        page.setViewportSize(390, 844);
        page.navigate(portal.url("/coach"));
        check(page, "dark: coach /coach at phone size");
        page.context().close();
    }

    private static String theme(Page page) {
        return (String) page.evaluate("() => document.documentElement.getAttribute('theme')");
    }

    @Test
    void everyAdminViewPasses() throws SQLException {
        Page page = browser.newPage(false);
        BrowserSession.signIn(page, portal, "admin", "admin-upright");
        for (String view : new String[] {"/admin", "/admin/accounts", "/admin/audit", "/admin/articles",
                "/admin/articles/new", "/admin/articles/" + contentId("article"), "/admin/routines",
                "/admin/routines/new", "/admin/routines/" + contentId("routine"), "/admin/programs",
                "/admin/programs/new", "/admin/programs/" + contentId("program"), "/profile"}) {
            page.navigate(portal.url(view));
            check(page, "admin " + view);
        }
        page.navigate(portal.url("/admin/accounts"));
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("member")).first().waitFor();
        page.locator("#new-account").click();
        assertThat(page.locator("vaadin-dialog-overlay")).isVisible();
        check(page, "admin new-account dialog");
        page.context().close();
    }

    private void check(Page page, String what) {
        soft.assertThat(Axe.violations(page)).as("axe on " + what + " (" + page.url() + ")").isEmpty();
    }

    private static long accountId(String username) throws SQLException {
        return single("select id from account where username = ?", username);
    }

    private static long contentId(String table) throws SQLException {
        return single("select min(id) from " + table + " where ? <> ''", table);
    }

    private static long single(String sql, String argument) throws SQLException {
        try (var db = portal.openDatabase(); var q = db.prepareStatement(sql)) {
            q.setString(1, argument);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
