package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A new member's first-run tour on a phone (issue 16): safety questions first, then Today walks
 * through choosing a program, a daily reminder and the first check-in, ticking each off; it resumes after signing
 * in again, says "all set" once, and a skipped tour stays away.
 */
class FirstRunTourBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "Lantern!Maple4Crisp";

    @Test
    void aNewMemberIsWalkedThroughTheFirstStepsOnce() throws Exception {
        String username = "tour-" + System.nanoTime();
        portal.createUnscreenedMember(username, PASSWORD, "Tia Tour");

        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, username, PASSWORD);
        assertThat(page.locator("#screening")).isVisible();
        for (Locator question : page.locator(".screening-question").all()) {
            question.locator("vaadin-radio-button").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^\\s*No\\s*$"))).click();
        }
        page.locator("#screening-save").click();
        page.getByText("Go to Today").click();

        Locator tour = page.locator("#first-run-tour");
        assertThat(tour).containsText("Getting started");
        assertThat(page.locator("#tour-safety-questions")).containsText("Done");
        assertThat(page.locator("#tour-program")).containsText("Next");
        assertThat(page.locator("#tour-check-in")).containsText("To do");
        ScreenCheck.screenshot(page, "tour-01-today");

        page.locator("#tour-program a").click();
        page.waitForURL("**/programs");
        page.navigate(portal.url("/programs/desk-neck-shoulders"));
        page.locator("#enroll-button").click();
        page.waitForURL("**/today");
        assertThat(page.locator("#tour-program")).containsText("Done");
        assertThat(page.locator("#tour-reminder")).containsText("Next");

        portal.giveEmail(username);
        page.locator("#tour-reminder a").click();
        page.waitForURL("**/profile");
        page.locator("#reminder-time input").fill("19:00");
        page.locator("#reminder-time input").press("Enter");
        page.locator("#save-reminder").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Reminder saved")))
                .isVisible();
        page.navigate(portal.url("/today"));
        assertThat(page.locator("#tour-reminder")).containsText("Done");
        assertThat(page.locator("#tour-check-in")).containsText("Next");

        // resumes where it was, after signing in again
        page.context().clearCookies();
        BrowserSession.signIn(page, portal, username, PASSWORD);
        assertThat(page.locator("#tour-check-in")).containsText("Next");
        page.locator("#check-in-score-4").click();
        assertThat(page.locator("#check-in-status")).containsText("Saved: 4 out of 10 today");

        page.reload();
        assertThat(tour).containsText("You're all set");
        ScreenCheck.screenshot(page, "tour-02-all-set");
        page.reload();
        assertThat(page.locator("#member-home")).isVisible();
        assertThat(tour).hasCount(0);
        page.context().close();
    }

    @Test
    void aSkippedTourStaysAway() throws Exception {
        String username = "tour-skip-" + System.nanoTime();
        portal.createMember(username, PASSWORD);

        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, username, PASSWORD);
        assertThat(page.locator("#first-run-tour")).isVisible();
        page.locator("#tour-skip").click();
        assertThat(page.locator("#first-run-tour")).hasCount(0);
        page.reload();
        assertThat(page.locator("#member-home")).isVisible();
        assertThat(page.locator("#first-run-tour")).hasCount(0);
        page.context().close();
    }
}
