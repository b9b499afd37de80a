package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages both ways with the member on a 390×844 phone and the coach at a desktop: the coach
 * writes, the member sees it is new, reads and replies; the coach sees the reply counted as new
 * and reads it; both keep the whole conversation after reading.
 */
class MessagesPhoneBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "Kettle!Orbit7Lagoon";

    @Test
    void memberOnAPhoneReadsTheCoachsMessageAndRepliesTheCoachSeesTheReplyAsNew() throws Exception {
        String username = "phone-messages-" + System.nanoTime();
        portal.createUnscreenedMember(username, PASSWORD, "Paula Phone");
        portal.markScreened(username);
        long memberId = accountId(username);
        String fromCoach = "Hi Paula, how did the wall press feel this morning? Hold it only as long as it stays comfortable.";
        String reply = "Much easier today, I held all three rounds without pain.";

        Page coach = browser.newPage(false);
        BrowserSession.signIn(coach, portal, "coach", "coach-upright");
        coach.navigate(portal.url("/coach/clients/" + memberId));
        coach.locator("#message-body textarea").fill(fromCoach);
        coach.locator("#send-message").click();
        assertThat(coach.locator("#message-thread")).containsText(fromCoach);
        assertThat(coach.locator("#message-thread .message-mine .message-state")).hasText("Not read yet");

        Page member = browser.newPage(true);
        BrowserSession.signIn(member, portal, username, PASSWORD);
        member.waitForURL("**/today");
        assertThat(member.locator("#messages-unread")).hasText("1 new");
        assertThat(member.locator("#messages-card")).containsText(fromCoach);
        member.locator("vaadin-drawer-toggle").click();
        assertThat(member.locator("#menu-unread-messages")).hasText("1");
        member.keyboard().press("Escape");
        member.locator("#open-messages").click();
        member.waitForURL("**/messages");
        Locator theirs = member.locator("#message-thread .message-theirs");
        assertThat(theirs).hasCount(1);
        assertThat(theirs).containsText(fromCoach);
        assertThat(theirs.locator(".message-new")).hasText("New");
        member.locator("#message-body textarea").fill(reply);
        fitsThePhone(member);
        snapshot(member, "messages-phone-before-reply");
        member.locator("#send-message").click();
        Locator mine = member.locator("#message-thread .message-mine");
        assertThat(mine).containsText(reply);
        assertThat(mine.locator(".message-state")).hasText("Not read yet");
        assertThat(member.locator("#message-body textarea")).hasValue("");
        assertThat(theirs).containsText(fromCoach); // the coach's message stays above the reply
        // the composer under the thread is on screen, the newest message next to it
        assertThat(member.locator("#send-message")).isInViewport();
        assertThat(mine).isInViewport();
        fitsThePhone(member);
        snapshot(member, "messages-phone-replied");

        coach.navigate(portal.url("/coach"));
        coach.locator("#client-search input").fill(username);
        assertThat(coach.locator("#client-unread-" + memberId)).hasText("1 new message");
        snapshot(coach, "messages-coach-unread");
        coach.locator("#clients a", new Page.LocatorOptions().setHasText("Paula Phone")).click();
        coach.waitForURL("**/coach/clients/" + memberId);
        assertThat(coach.locator("#message-thread .message-theirs")).containsText(reply);
        assertThat(coach.locator("#message-thread .message-mine .message-state")).containsText("Read ");
        snapshot(coach, "messages-coach-thread");
        coach.navigate(portal.url("/coach"));
        coach.locator("#client-search input").fill(username);
        assertThat(coach.locator("#clients a", new Page.LocatorOptions().setHasText("Paula Phone"))).isVisible();
        assertThat(coach.locator("#client-unread-" + memberId)).hasCount(0);
        coach.context().close();

        // after both have read it, the whole conversation is still there, nothing counted as new
        member.reload();
        assertThat(member.locator("#message-thread .message")).hasCount(2);
        assertThat(member.locator("#message-thread .message-theirs")).containsText(fromCoach);
        assertThat(member.locator("#message-thread .message-new")).hasCount(0);
        assertThat(member.locator("#message-thread .message-mine .message-state")).containsText("Read ");
        member.navigate(portal.url("/today"));
        assertThat(member.locator("#messages-card")).containsText("Nothing new from Casey Coach");
        assertThat(member.locator("#messages-unread")).hasCount(0);
        member.context().close();
    }

    /** Nothing sticks out sideways at phone width. */
    private static void fitsThePhone(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
    }

    private static long accountId(String username) throws java.sql.SQLException {
        try (var db = portal.openDatabase(); var q = db.prepareStatement("select id from account where username = ?")) {
            q.setString(1, username);
            try (var rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        }
    }

    private static void snapshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
