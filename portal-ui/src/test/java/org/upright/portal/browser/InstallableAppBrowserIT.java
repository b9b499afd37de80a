package org.upright.portal.browser;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upright as an installable web app: the manifest is served and valid, its icons load at their
 * sizes, Chromium finds nothing against installing it ({@code Page.getInstallabilityErrors}), the
 * service worker registers and controls the pages, a page load while offline shows "Upright needs
 * a connection" (axe-checked, screenshotted at 390×844), and a routine running in an open timer
 * keeps going offline and is stored once the connection is back.
 */
class InstallableAppBrowserIT extends BrowserTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void theManifestIsServedWithItsIconsAndChromiumFindsTheAppInstallable(@TempDir Path profile) {
        BrowserContext context = browser.newProfile(profile, true);
        Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
        page.navigate(portal.url("/login"));
        page.locator("#vaadinLoginUsername input").waitFor();

        var response = page.request().get(portal.url("/manifest.webmanifest"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).contains("manifest+json");
        // the page links it, and the browser parses it as JSON
        Map<String, Object> manifest = (Map<String, Object>) page.evaluate("""
                async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json()""");
        assertThat(manifest).containsEntry("display", "standalone").containsEntry("start_url", "./")
                .containsEntry("theme_color", "#1d4f91").containsKey("name");
        List<Map<String, Object>> icons = (List<Map<String, Object>>) manifest.get("icons");
        assertThat(icons).extracting(i -> i.get("sizes") + " " + i.get("purpose"))
                .contains("192x192 any", "512x512 any", "192x192 maskable", "512x512 maskable");
        for (Map<String, Object> icon : icons) {
            // each icon loads as a PNG of the size the manifest says
            String size = (String) page.evaluate("""
                    src => new Promise((ok, fail) => { const i = new Image(); i.onload = () => ok(i.naturalWidth + 'x' + i.naturalHeight);
                        i.onerror = () => fail(new Error('no icon at ' + src)); i.src = new URL(src, document.baseURI).href; })""",
                    icon.get("src"));
            assertThat(size).as((String) icon.get("src")).isEqualTo(icon.get("sizes"));
        }

        awaitServiceWorker(page);
        CDPSession devtools = page.context().newCDPSession(page);
        JsonObject result = devtools.send("Page.getInstallabilityErrors");
        JsonArray errors = result.getAsJsonArray("installabilityErrors");
        assertThat(errors.toString()).as("Chromium's installability errors").isEqualTo("[]");
        JsonObject parsed = devtools.send("Page.getAppManifest");
        assertThat(parsed.getAsJsonArray("errors").toString()).as("manifest parse errors").isEqualTo("[]");
        context.close();
    }

    @Test
    void offlineAPageLoadShowsTheOfflinePageAndTheRunningTimerKeepsGoingAndIsStoredLater() throws Exception {
        String member = "offline-timer-" + System.nanoTime();
        portal.createMember(member, "offline-timer-password");
        Page timerTab = browser.newPage(true);
        BrowserSession.signIn(timerTab, portal, member, "offline-timer-password");
        awaitServiceWorker(timerTab);
        TimerScreen run = TimerScreen.open(timerTab, portal, "wall-press").speed(20)
                .easier(false, false, false, false).start();
        run.await("s.elapsedMs > 1000", 20_000);
        String id = run.clientSessionId();

        timerTab.context().setOffline(true);
        // another page load in the same browser: the offline page, at the address asked for
        Page other = timerTab.context().newPage();
        other.navigate(portal.url("/progress"));
        assertThat(other.locator("h1")).hasText("Upright needs a connection");
        assertThat(other).hasTitle("No connection · Upright");
        assertThat(other).hasURL(portal.url("/progress"));
        assertThat(other.locator("a.retry")).hasAttribute("href", portal.url("/progress"));
        assertThat((Boolean) other.evaluate("() => document.styleSheets[0].cssRules.length > 0"))
                .as("its stylesheet comes from the worker's cache").isTrue();
        other.waitForLoadState(LoadState.LOAD);
        ScreenCheck.screenshot(other, "offline-page");
        ScreenCheck.assertNothingCutOffSideways(other, "the offline page");
        Axe.check(other, "the offline page");
        Axe.preferDark(other, true);
        ScreenCheck.screenshot(other, "offline-page-dark");
        Axe.check(other, "the offline page, dark");

        // the timer in the open tab counts on without the network and keeps its result on the device
        run.speed(60).awaitFinish(90_000);
        timerTab.waitForFunction("id => (localStorage.getItem('upright.timer.outbox') || '').includes(id)", id,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(sessions(id)).as("not stored while offline").isZero();

        // back online: the offline page loads what was asked for by itself, the timer sends what it kept
        timerTab.context().setOffline(false);
        assertThat(other.locator("#offline")).hasCount(0,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(40_000));
        assertThat(other).hasURL(portal.url("/progress"));
        timerTab.waitForFunction("id => !(localStorage.getItem('upright.timer.outbox') || '').includes(id)", id,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(sessions(id)).as("stored once").isEqualTo(1);
        timerTab.context().close();
    }

    /** Waits until the page's service worker is active and controls the page (it claims open pages). */
    private static void awaitServiceWorker(Page page) {
        page.waitForFunction("() => navigator.serviceWorker.controller !== null"
                + " && navigator.serviceWorker.controller.state === 'activated'");
        assertThat((String) page.evaluate("() => navigator.serviceWorker.controller.scriptURL"))
                .isEqualTo(portal.url("/upright-sw.js"));
    }

    private static int sessions(String clientSessionId) throws Exception {
        try (var db = portal.openDatabase(); var q = db.prepareStatement(
                "select count(*) from completed_session where client_session_id = ?::uuid")) {
            q.setString(1, clientSessionId);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Today offers "Put Upright on your home screen" once the browser offers to install (the event
     * is played here with a stand-in offer: headless Chromium decides by its own engagement rules
     * when to fire it), the button opens the browser's prompt, and "Not now" keeps it away.
     */
    @Test
    void todayOffersToInstallWhenTheBrowserCan() {
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, "member", "member-upright");
        assertThat(page.locator("#member-home")).isVisible();
        assertThat(page.locator("#install-app")).isHidden();

        page.evaluate("""
                () => { const offer = new Event('beforeinstallprompt', { cancelable: true });
                  offer.prompt = () => { window.__promptShown = true; };
                  offer.userChoice = Promise.resolve({ outcome: 'accepted' });
                  window.dispatchEvent(offer); }""");
        assertThat(page.locator("#install-app")).isVisible();
        ScreenCheck.screenshot(page, "install-01-today-offer");
        page.locator("#install-app-button").click();
        page.waitForFunction("() => window.__promptShown === true");
        assertThat(page.locator("#install-app")).isHidden();

        page.reload();
        page.evaluate("() => { const o = new Event('beforeinstallprompt'); o.prompt = () => {}; o.userChoice = Promise.resolve({}); window.dispatchEvent(o); }");
        assertThat(page.locator("#install-app")).isVisible();
        page.locator("#install-app-dismiss").click();
        assertThat(page.locator("#install-app")).isHidden();
        page.reload();
        page.evaluate("() => { const o = new Event('beforeinstallprompt'); o.prompt = () => {}; o.userChoice = Promise.resolve({}); window.dispatchEvent(o); }");
        assertThat(page.locator("#member-home")).isVisible();
        assertThat(page.locator("#install-app")).isHidden();
        page.context().close();
    }
}
