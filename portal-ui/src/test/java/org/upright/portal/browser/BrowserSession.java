package org.upright.portal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.upright.portal.testing.AuthenticatorApp;

/**
 * Headless Debian Chromium driven by Playwright (no browser download). CHROMIUM_PATH overrides
 * the default /usr/bin/chromium.
 */
final class BrowserSession implements AutoCloseable {

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;
    private final Path chromium;

    BrowserSession() {
        chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Browser tests need Chromium at " + chromium
                    + " (apt-get install -y chromium, or set CHROMIUM_PATH)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(ARGS));
    }

    /**
     * A browser of its own with a profile in {@code userDataDir}, not an incognito window as
     * {@link #newPage} gives: Chromium offers to install a web app only there. Close it when done.
     */
    BrowserContext newProfile(Path userDataDir, boolean phone) {
        BrowserContext context = playwright.chromium().launchPersistentContext(userDataDir,
                new BrowserType.LaunchPersistentContextOptions().setExecutablePath(chromium).setHeadless(true)
                        .setArgs(ARGS).setViewportSize(phone ? 390 : 1280, phone ? 844 : 900));
        context.setDefaultTimeout(20_000);
        return context;
    }

    /** A fresh, cookie-less browser window of phone size (390×844) or desktop size. */
    Page newPage(boolean phone) {
        return newPage(phone, null);
    }

    /** As {@link #newPage(boolean)}, in a browser set to the language {@code locale} ("de-DE"; null: Chromium's own). */
    Page newPage(boolean phone, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(phone ? 390 : 1280, phone ? 844 : 900)
                .setLocale(locale)
                .setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    /**
     * Signs in through the login form and waits for the role's home page. The demo coach and
     * admin also enter the current code of their published authenticator secret.
     */
    static void signIn(Page page, RunningPortal portal, String username, String password) {
        page.navigate(portal.url("/login"));
        signInHere(page, username, password);
    }

    /** As {@link #signIn}, with the code from an authenticator app holding {@code secret}. */
    static void signIn(Page page, RunningPortal portal, String username, String password, String secret) {
        page.navigate(portal.url("/login"));
        enterPassword(page, username, password);
        enterCode(page, AuthenticatorApp.nextCode(secret));
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * Signs in on the login page the browser was sent to (keeping where it came from, so the
     * sign-in leads back there) and waits until it has left it.
     */
    static void signInHere(Page page, String username, String password) {
        page.waitForURL(url -> url.contains("/login"));
        enterPassword(page, username, password);
        String secret = AuthenticatorApp.DEMO_SECRETS.get(username);
        if (secret != null) {
            enterCode(page, AuthenticatorApp.nextCode(secret));
        }
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Fills and sends the password form; waits until the browser has left it (for the second step, or in). */
    static void enterPassword(Page page, String username, String password) {
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !PASSWORD_PAGE.matcher(url).find());
    }

    /** Enters a code on the second-step page and sends it. */
    static void enterCode(Page page, String code) {
        page.waitForURL(url -> url.contains("/login/code"));
        page.locator("#code input").fill(code);
        page.locator("#submit-code").click();
    }

    /** The password page, with or without a message (not the second-step pages under it). */
    private static final Pattern PASSWORD_PAGE = Pattern.compile("/login(\\?.*)?$");

    /** The keys of what this browser keeps in localStorage whose name starts with {@code prefix}. */
    @SuppressWarnings("unchecked")
    static List<String> storedKeys(Page page, String prefix) {
        return (List<String>) page.evaluate("p => Object.keys(localStorage).filter(k => k.startsWith(p)).sort()", prefix);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
