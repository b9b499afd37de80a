package org.upright.portal.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Upright in German (issue 16): a browser set to German gets the German portal from the sign-in
 * page on, and a member who picks Deutsch on the profile keeps it in any browser. Texts are read
 * from the bundles, so the test checks the language, not one wording.
 */
class LanguageBrowserIT extends BrowserTestBase {

    private static String de(String key) {
        return Wording.text(Language.GERMAN, key);
    }

    @Test
    void aGermanBrowserGetsTheGermanPortal() {
        Page page = browser.newPage(true, "de-DE");
        page.navigate(portal.url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        BrowserSession.signInHere(page, "member", "member-upright");
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("#member-home")).isVisible();
        assertThat(page.locator("#sign-out")).hasText(de("base.sign-out"));
        ScreenCheck.screenshot(page, "language-01-today-de");
        page.navigate(portal.url("/progress"));
        assertThat(page.locator("#progress-summary")).isVisible();
        ScreenCheck.screenshot(page, "language-02-progress-de");
        page.context().close();
    }

    @Test
    void aMemberWhoChoosesGermanKeepsIt() throws Exception {
        String username = "sprache-" + System.nanoTime();
        portal.createMember(username, "Lantern!Maple4Crisp");
        Page page = browser.newPage(true, "en-GB");
        BrowserSession.signIn(page, portal, username, "Lantern!Maple4Crisp");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.navigate(portal.url("/profile"));
        page.locator("#profile-language").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Deutsch")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("#sign-out")).hasText(de("base.sign-out"));

        page.context().clearCookies();
        BrowserSession.signIn(page, portal, username, "Lantern!Maple4Crisp");
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        page.context().close();
    }
}
