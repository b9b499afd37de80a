package org.upright.portal.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo accounts in real headless Chromium against the production jar. */
class SignInBrowserIT extends BrowserTestBase {

    @ParameterizedTest(name = "{0} signs in, sees their menu, signs out")
    @CsvSource({
            "member, member-upright, /today, Today, My clients",
            "coach, coach-upright, /coach, My clients, Today",
            "admin, admin-upright, /admin, Overview, My clients",
    })
    void demoRoleSeesOwnMenuAndSignsOut(String username, String password, String home, String ownItem,
                                         String foreignItem) {
        Page page = browser.newPage(false);
        BrowserSession.signIn(page, portal, username, password);
        page.waitForURL("**" + home);
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(ownItem))).isVisible();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(foreignItem))).hasCount(0);

        page.locator("#sign-out").click();
        page.waitForURL(url -> url.contains("/login"));
        page.navigate(portal.url(home));
        page.waitForURL("**/login");
        page.context().close();
    }

    @Test
    void wrongPasswordShowsAnErrorOnThePage() {
        Page page = browser.newPage(true);
        page.navigate(portal.url("/login"));
        page.locator("#vaadinLoginUsername input").fill("member");
        page.locator("#vaadinLoginPassword input").fill("not-the-password");
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> url.contains("error"));
        assertThat(page.getByText("Incorrect username or password")).isVisible();
        page.context().close();
    }

    @Test
    void memberOpeningAnAdminAddressGetsAccessDenied() {
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, "member", "member-upright");
        page.navigate(portal.url("/admin"));
        assertThat(page.locator("#access-denied")).containsText("don't have access");
        assertThat(page.locator("#admin-home")).hasCount(0);
        page.context().close();
    }
}
