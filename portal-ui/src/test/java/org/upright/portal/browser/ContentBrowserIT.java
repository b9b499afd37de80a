package org.upright.portal.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An admin writes and publishes an article; a member finds it by searching the library and reads it. */
class ContentBrowserIT extends BrowserTestBase {

    @Test
    void adminPublishesAnArticleThatAMemberFindsBySearchAndReads() throws Exception {
        String word = "zephyrine" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 4);
        String title = "Breathing breaks with " + word;

        Page admin = browser.newPage(false);
        BrowserSession.signIn(admin, portal, "admin", "admin-upright");
        admin.navigate(portal.url("/admin/articles/new"));
        admin.locator("#title input").fill(title);
        admin.locator("#summary textarea").fill("Three slow breaths between tasks loosen the shoulders.");
        admin.locator("#category").click();
        admin.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Daily habits")).click();
        admin.locator("#body textarea").fill("## Breathe out slowly\n\nLet the shoulders drop with every " + word + " breath.");
        assertThat(admin.locator("#preview h2")).hasText("Breathe out slowly");
        admin.locator("#publish").click();
        assertThat(admin.locator("#status")).hasText("Published");
        snapshot(admin, "admin-article-editor");
        admin.context().close();

        Page member = browser.newPage(true);
        portal.markScreened("member"); // the screening has its own tests
        BrowserSession.signIn(member, portal, "member", "member-upright");
        member.navigate(portal.url("/library"));
        member.locator("#search input").fill(word);
        assertThat(member.locator("#results a", new Page.LocatorOptions().setHasText(title))).isVisible();
        snapshot(member, "member-library-search");
        member.locator("#results a", new Page.LocatorOptions().setHasText(title)).click();
        member.waitForURL("**/library/breathing-breaks-with-" + word);
        assertThat(member.locator("#article-title")).hasText(title);
        assertThat(member.locator("#article-body h2")).hasText("Breathe out slowly");
        assertThat(member.locator("#article-body")).containsText("Let the shoulders drop");
        snapshot(member, "member-article");
        // the views' own stylesheet reaches signed-in browsers
        var css = member.request().get(portal.url("/upright/content.css"));
        org.assertj.core.api.Assertions.assertThat(css.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(css.headers().get("content-type")).startsWith("text/css");

        member.navigate(portal.url("/routines/wall-press"));
        assertThat(member.locator("#start")).isVisible();
        snapshot(member, "member-routine");
        member.navigate(portal.url("/programs/mid-back-reset"));
        assertThat(member.locator("#program-schedule")).containsText("Week 4");
        snapshot(member, "member-program");
        member.context().close();
    }

    /** Full-page screenshots in target/screenshots, for looking at the pages after a run. */
    private static void snapshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Path.of("target", "screenshots", name + ".png")));
    }
}
