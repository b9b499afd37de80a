package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The coaching journey across the three demo roles in real Chromium: an admin creates a member
 * and assigns the demo coach; the coach finds the member, assigns a program and sends
 * a message; the member signs in and sees it on their home page.
 */
class CoachingJourneyBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "Kettle!Orbit7Lagoon";

    @Test
    void adminCreatesAMemberCoachAssignsAProgramAndSendsAMessageMemberSeesIt() throws Exception {
        String username = "journey-" + System.currentTimeMillis();
        Page admin = browser.newPage(false);
        BrowserSession.signIn(admin, portal, "admin", "admin-upright");
        admin.navigate(portal.url("/admin/accounts"));
        admin.locator("#new-account").click();
        admin.locator("#new-username input").fill(username);
        admin.locator("#new-display-name input").fill("Jordan Journey");
        admin.locator("#new-coach input").fill("Casey");
        admin.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Casey Coach")).click();
        admin.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Set a password now")).click();
        admin.locator("#new-password input").fill(PASSWORD);
        screenshot(admin, "01-new-account");
        admin.locator("#create-account").click();
        assertThat(admin.locator("#new-account-dialog")).hasCount(0);

        admin.locator("#account-search input").fill(username);
        assertThat(admin.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(username))).hasCount(1);
        screenshot(admin, "02-accounts");
        admin.navigate(portal.url("/admin/audit"));
        assertThat(admin.getByText(username).first()).isVisible();
        screenshot(admin, "03-audit");
        admin.context().close();

        String message = "Welcome, Jordan! Start with the wall press each morning.";
        Page coach = browser.newPage(false);
        BrowserSession.signIn(coach, portal, "coach", "coach-upright");
        coach.waitForURL("**/coach");
        screenshot(coach, "04-coach-clients");
        // other browser tests add clients of this coach: the grid renders only the rows in view
        coach.locator("#client-search input").fill("Walt");
        assertThat(coach.locator("#clients a", new Page.LocatorOptions().setHasText("Walt Worsening"))).isVisible();
        coach.navigate(portal.url("/coach")); // a fresh grid for the next search
        coach.locator("#client-search input").fill(username);
        coach.locator("#clients a", new Page.LocatorOptions().setHasText("Jordan Journey")).click();
        coach.waitForURL("**/coach/clients/**");
        coach.locator("#assign-program").click();
        coach.locator("vaadin-select-item").first().click();
        coach.locator("#assign-button").click();
        assertThat(coach.locator("#current-program")).containsText("started");
        coach.locator("#message-body textarea").fill(message);
        coach.locator("#send-message").click();
        assertThat(coach.locator("#message-thread")).containsText(message);
        screenshot(coach, "05-client-detail");
        coach.navigate(portal.url("/coach/triage"));
        assertThat(coach.locator("#triage-summary")).containsText("open alert");
        screenshot(coach, "06-triage");
        coach.context().close();

        Page member = browser.newPage(true);
        portal.markScreened(username); // the screening has its own tests; this journey is about coaching
        BrowserSession.signIn(member, portal, username, PASSWORD);
        member.waitForURL("**/today");
        assertThat(member.locator("#messages-card")).containsText(message);
        assertThat(member.locator("#messages-card")).containsText("Casey Coach");
        screenshot(member, "07-member-home");
        member.navigate(portal.url("/profile"));
        assertThat(member.locator("#profile-coach")).hasText("Your coach is Casey Coach.");
        member.context().close();
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }
}
