package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.upright.portal.testing.MailServer;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail journeys in Chromium against the production jar, whose mail goes to the test JVM's
 * SMTP server: a coach's invitation leads the new member, signed in, onto the portal; "Forgot
 * password?" from the sign-in page; the member's reminder setting on the profile at 390×844.
 */
class MailBrowserIT extends BrowserTestBase {

    @Test
    void anInvitedClientChoosesAPasswordAndLandsSignedInOnThePortalAndTheLinkWorksOnce() {
        String email = "invited-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + "@mail.upright.test";
        Page coach = browser.newPage(false);
        BrowserSession.signIn(coach, portal, "coach", "coach-upright");
        coach.navigate(portal.url("/coach"));
        coach.locator("#invite-client").click();
        coach.locator("#invite-name input").fill("Ines Invited");
        coach.locator("#invite-email input").fill(email);
        coach.locator("#send-invitation").click();
        assertThat(coach.locator("vaadin-notification-card")).containsText("Invitation sent to " + email);
        coach.context().close();

        List<MimeMessage> mails = MailServer.await(email, 1);
        assertThat(mails).hasSize(1);
        String link = portal.url("/set-password/" + MailServer.anyToken(mails.getFirst(), "set-password"));

        Page member = browser.newPage(true);
        member.navigate(link);
        assertThat(member.locator("#set-password h2")).hasText("Welcome to Upright");
        member.locator("#new-password input").fill("Lantern!Quartz8Meadow");
        member.locator("#repeat-password input").fill("Lantern!Quartz8Meadow");
        member.locator("#save-password").click();
        member.waitForURL(url -> !url.contains("/set-password") && !url.contains("/login"));
        // signed in: the member's menu is there, whichever first page the portal chose
        assertThat(member.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Profile"))).hasCount(1);
        member.context().close();

        Page again = browser.newPage(true);
        again.navigate(link);
        assertThat(again.locator("#set-password h2")).hasText("This link no longer works");
        assertThat(again.locator("#link-unusable-reason")).containsText("already used");
        again.context().close();
    }

    @Test
    void forgotPasswordFromTheSignInPageOnAPhone() {
        Page page = browser.newPage(true);
        page.navigate(portal.url("/login"));
        page.locator("vaadin-login-form [part='forgot-password'], vaadin-login-form vaadin-button[slot='forgot-password']").first().click();
        page.waitForURL("**/forgot-password");
        assertThat(page.locator("#forgot-password h2")).hasText("Forgot your password?");
        ScreenCheck.screenshot(page, "mail-01-forgot-password");
        ScreenCheck.assertNothingCutOffSideways(page, "forgot password");

        int before = MailServer.to("member@example.org").size();
        page.locator("#reset-name input").fill("member");
        page.locator("#send-reset-link").click();
        assertThat(page.locator("#reset-answer")).containsText("If an account with an e-mail address matches");
        ScreenCheck.screenshot(page, "mail-02-forgot-password-answer");
        String known = page.locator("#reset-answer").textContent();
        List<MimeMessage> mails = MailServer.await("member@example.org", before + 1);
        assertThat(mails).hasSize(before + 1);
        assertThat(MailServer.body(mails.getLast())).contains(portal.url("/set-password/"));

        // the same words for a name nobody has
        page.navigate(portal.url("/forgot-password"));
        page.locator("#reset-name input").fill("nobody-here-" + System.nanoTime());
        page.locator("#send-reset-link").click();
        assertThat(page.locator("#reset-answer")).hasText(known);
        page.context().close();
    }

    @Test
    void theMembersProfileOffersTheDailyReminderOnAPhone() throws Exception {
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, "member", "member-upright");
        page.navigate(portal.url("/profile"));
        assertThat(page.locator("#profile-reminder h3")).hasText("Daily reminder");
        assertThat(page.locator("#email-state")).containsText("member@example.org");
        page.locator("#reminder-time input").fill("19:00");
        page.locator("#reminder-time input").press("Enter");
        page.locator("#reminder-rest-days").click();
        page.locator("#save-reminder").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Reminder saved");
        page.locator("#profile-reminder").scrollIntoViewIfNeeded();
        ScreenCheck.screenshot(page, "mail-03-profile-reminder");
        ScreenCheck.assertNothingCutOffSideways(page, "profile");
        page.reload();
        assertThat(page.locator("#reminder-time input")).hasValue("19:00");
        page.context().close();
        // back to none, as the other browser tests expect the demo member (choosing none is
        // ReminderJobTest's; here the picker's cleared value raced the save under load)
        portal.clearReminder("member");
    }
}
