package org.upright.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.upright.portal.testing.AuthenticatorApp;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-step sign-in as a coach does it in Chromium: setting up the app from the QR page, signing
 * in with a code, a wrong code, a recovery code, a code already used, and a second step left
 * too long (the shared portal runs with a short {@link RunningPortal#PENDING_LIFETIME}). The pages
 * run under the app's Content-Security-Policy without a violation.
 */
class SecondFactorBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "Second-step-please-42";
    private static final String COLLECT = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI));""";

    private final List<String> violations = new ArrayList<>();

    @Test
    void aCoachSetsUpTheAppThenSignsInWithCodesAndRecoveryCodes() throws Exception {
        String coach = "cora-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createCoach(coach, PASSWORD);
        Page page = browser.newPage(false);
        page.addInitScript(COLLECT);

        // first sign-in: the role requires an app, so the QR page comes before anything else
        page.navigate(portal.url("/login"));
        BrowserSession.enterPassword(page, coach, PASSWORD);
        page.waitForURL("**/login/enrol");
        assertThat(page.locator("#enrol-qr")).isVisible();
        assertThat(page.locator("#enrol-qr").getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat((Boolean) page.evaluate("() => document.querySelector('#enrol-qr').naturalWidth > 0"))
                .as("the QR code is drawn").isTrue();
        String secret = page.locator("#enrol-secret").innerText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        ScreenCheck.screenshot(page, "mfa-01-enrol");
        ScreenCheck.assertNothingCutOffSideways(page, "enrol page");
        page.navigate(portal.url("/coach"));
        page.waitForURL("**/login/enrol");

        submit(page, "#submit-enrol", otherThan(AuthenticatorApp.codeNow(secret)));
        page.waitForURL("**/login/enrol?wrong");
        assertThat(page.locator("#code")).containsText("That code is not right");
        collect(page, "enrol");
        submit(page, "#submit-enrol", AuthenticatorApp.nextCode(secret));
        page.waitForURL("**/login/recovery-codes");
        assertThat(page.locator("#recovery-code-list li")).hasCount(10);
        List<String> recovery = page.locator("#recovery-code-list li").allInnerTexts();
        assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
        ScreenCheck.screenshot(page, "mfa-02-recovery-codes");
        collect(page, "recovery codes");
        page.locator("#saved-recovery-codes").click();
        page.waitForURL("**/coach");
        signOut(page);

        // the next sign-in asks for the app's code; a wrong one says so next to the field
        BrowserSession.enterPassword(page, coach, PASSWORD);
        page.waitForURL("**/login/code");
        assertThat(page.locator("#second-step-code")).containsText("authenticator app");
        ScreenCheck.screenshot(page, "mfa-03-code");
        submit(page, "#submit-code", otherThan(AuthenticatorApp.codeNow(secret)));
        page.waitForURL("**/login/code?wrong");
        assertThat(page.locator("#code")).containsText("That code is not right");
        ScreenCheck.screenshot(page, "mfa-04-wrong-code");
        collect(page, "code");
        String code = AuthenticatorApp.nextCode(secret);
        submit(page, "#submit-code", code);
        page.waitForURL("**/coach");
        assertThat(page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("My clients"))).isVisible();
        signOut(page);

        // the code that just signed in does not work a second time; a recovery code does, once
        BrowserSession.enterPassword(page, coach, PASSWORD);
        submit(page, "#submit-code", code);
        page.waitForURL("**/login/code?wrong");
        submit(page, "#submit-code", recovery.get(0));
        page.waitForURL("**/coach");
        signOut(page);
        BrowserSession.enterPassword(page, coach, PASSWORD);
        submit(page, "#submit-code", recovery.get(0));
        page.waitForURL("**/login/code?wrong");

        assertThat(violations).isEmpty();
        page.context().close();
    }

    @Test
    void aSecondStepLeftTooLongStartsOverWithAMessage() throws Exception {
        String coach = "slow-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createCoach(coach, PASSWORD);
        String secret = AuthenticatorApp.newSecret();
        portal.giveAuthenticator(coach, secret);
        Page page = browser.newPage(false);

        page.navigate(portal.url("/login"));
        BrowserSession.enterPassword(page, coach, PASSWORD);
        page.waitForURL("**/login/code");
        page.waitForTimeout(RunningPortal.PENDING_LIFETIME.plusSeconds(2).toMillis());
        submit(page, "#submit-code", AuthenticatorApp.nextCode(secret));
        page.waitForURL("**/login?expired");
        assertThat(page.getByText("Sign-in took too long")).isVisible();
        ScreenCheck.screenshot(page, "mfa-05-expired");
        page.navigate(portal.url("/coach"));
        page.waitForURL("**/login");

        // the password and a code again sign in, and lead to the page asked for
        BrowserSession.signIn(page, portal, coach, PASSWORD, secret);
        page.waitForURL(url -> url.contains("/coach"));
        page.context().close();
    }

    @Test
    void aMemberTurnsItOnInTheProfileOnAPhoneAndThenSignsInWithACode() throws Exception {
        String member = "mo-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createMember(member, PASSWORD);
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, member, PASSWORD);
        page.navigate(portal.url("/profile"));
        assertThat(page.locator("#second-factor-status")).containsText("Off");
        page.locator("#set-up-second-factor").click();
        assertThat(page.locator("#profile-enrol-qr")).isVisible();
        String secret = page.locator("#profile-enrol-secret").innerText().replace(" ", "");
        page.locator("#second-factor-code input").fill(AuthenticatorApp.nextCode(secret));
        page.locator("#profile-enrol-qr").scrollIntoViewIfNeeded();
        ScreenCheck.screenshot(page, "mfa-06-profile-set-up-phone");
        ScreenCheck.assertNothingCutOffSideways(page, "profile set-up");
        page.locator("#confirm-second-factor").click();
        assertThat(page.locator("#recovery-code-list li")).hasCount(10);
        ScreenCheck.screenshot(page, "mfa-07-profile-recovery-codes-phone");
        ScreenCheck.assertNothingCutOffSideways(page, "profile recovery codes");
        page.locator("#saved-recovery-codes").click();
        assertThat(page.locator("#second-factor-status")).containsText("10 of 10 recovery codes left");
        page.context().close();

        // the next sign-in, on a fresh phone browser
        page = browser.newPage(true);
        page.navigate(portal.url("/login"));
        BrowserSession.enterPassword(page, member, PASSWORD);
        page.waitForURL("**/login/code");
        assertThat(page.locator("#code")).isVisible();
        ScreenCheck.screenshot(page, "mfa-08-code-phone");
        ScreenCheck.assertNothingCutOffSideways(page, "code page");
        submit(page, "#submit-code", AuthenticatorApp.nextCode(secret));
        page.waitForURL("**/today");
        page.context().close();
    }

    private static void submit(Page page, String button, String code) {
        page.locator("#code input").fill(code);
        page.locator(button).click();
    }

    private static void signOut(Page page) {
        page.locator("#sign-out").click();
        page.waitForURL(url -> url.contains("/login"));
        page.navigate(portal.url("/login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    @SuppressWarnings("unchecked")
    private void collect(Page page, String what) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        ((List<String>) page.evaluate("() => window.__cspViolations || []")).forEach(v -> violations.add(what + ": " + v));
    }

    private static String otherThan(String code) {
        return "123456".equals(code) ? "654321" : "123456";
    }
}
