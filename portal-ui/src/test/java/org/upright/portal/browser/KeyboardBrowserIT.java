package org.upright.portal.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keyboard only, no pointer: a member signs in, checks in with a score, areas and a note, and runs
 * the timer (Start, Space to pause and resume, → to skip, Esc to stop and save); an admin writes
 * and saves an article in the editor. Every control is reached with Tab and used with Enter,
 * Space or the arrow keys; each step checks that focus is visible where it landed.
 */
class KeyboardBrowserIT extends BrowserTestBase {

    /** The focused element, through open shadow roots, matches the selector (or sits inside a match). */
    private static final String FOCUSED_MATCHES = """
            sel => { let a = document.activeElement; let hit = false;
              while (a) { if (a.matches(sel) || a.closest(sel)) hit = true; a = a.shadowRoot ? a.shadowRoot.activeElement : null; }
              return hit; }""";

    @Test
    void aMemberSignsInChecksInAndRunsTheTimerWithTheKeyboard() throws Exception {
        String member = "keys-" + System.nanoTime();
        String password = "keys-member-password";
        portal.createMember(member, password);
        Page page = browser.newPage(true);
        page.navigate(portal.url("/login"));
        page.locator("#vaadinLoginUsername input").waitFor();
        tabTo(page, "#vaadinLoginUsername");
        page.keyboard().type(member);
        tabTo(page, "#vaadinLoginPassword");
        page.keyboard().type(password);
        page.keyboard().press("Enter");
        page.waitForURL("**/today");

        // the check-in: a score, then areas and a note, then save
        tabTo(page, "#check-in-score-4");
        page.keyboard().press("Enter");
        assertThat(page.locator("#check-in-status")).containsText("Saved: 4 out of 10 today");
        tabTo(page, "#check-in-more");
        page.keyboard().press("Enter");
        tabTo(page, "#check-in-area-low_back");
        page.keyboard().press("Space");
        tabTo(page, "#check-in-note");
        page.keyboard().type("Typed without a mouse.");
        tabTo(page, "#check-in-save");
        page.keyboard().press("Enter");
        assertThat(page.locator("#check-in-status")).containsText("with Low back and your note");

        // the timer: Start, Space pauses and resumes, → skips, Esc stops, Enter saves
        page.navigate(portal.url("/routines/core-basics/run"));
        TimerScreen run = TimerScreen.on(page);
        assertThat(run.timer.locator("button.start")).isEnabled();
        tabTo(page, "button.start");
        run.speed(10);
        page.keyboard().press("Enter");
        run.await("s.running === true && s.elapsedMs > 500", 20_000);
        page.keyboard().press("Space");
        run.await("s.running === false", 5_000);
        page.keyboard().press("Space");
        run.await("s.running === true", 5_000);
        int phase = ((Number) run.state().get("phaseIndex")).intValue();
        page.keyboard().press("ArrowRight");
        run.await("s.phaseIndex > " + phase, 5_000);
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Escape");
        assertThat(run.timer.locator("dialog")).containsText("Stop here?");
        assertFocused(page, "dialog button"); // the dialog takes the focus to its first answer
        page.keyboard().press("Enter");
        run.awaitSaved();
        assertThat(countSessions(member)).isEqualTo(1);
        page.context().close();
    }

    @Test
    void anAdminWritesAndSavesAnArticleWithTheKeyboard() throws Exception {
        String word = "keyboarded" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 4);
        Page page = browser.newPage(false);
        BrowserSession.signIn(page, portal, "admin", "admin-upright");
        page.navigate(portal.url("/admin/articles/new"));
        page.locator("#title input").waitFor();
        tabTo(page, "#title");
        page.keyboard().type("Typing breaks " + word);
        tabTo(page, "#summary");
        page.keyboard().type("Short pauses between keyboard sessions.");
        tabTo(page, "#category");
        page.keyboard().press("Enter"); // opens the list; the keys go to it once it has opened
        assertThat(page.locator("#category")).hasAttribute("opened", "");
        page.waitForFunction("() => !document.querySelector('#category').hasAttribute('opening')");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("#category")).not().hasAttribute("opened", "");
        tabTo(page, "#body");
        page.keyboard().type("## Rest the wrists\n\nEvery " + word + " hour, stand up.");
        assertThat(page.locator("#preview h2")).hasText("Rest the wrists");
        tabTo(page, "#save");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.matches(".*/admin/articles/\\d+$"));
        assertThat(page.locator("#status")).hasText("Draft");
        try (var db = portal.openDatabase(); var q = db.prepareStatement(
                "select count(*) from article where title = ?")) {
            q.setString(1, "Typing breaks " + word);
            try (var rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("saved, with the category chosen by keyboard (it is required)").isEqualTo(1);
            }
        }
        page.context().close();
    }

    /** Presses Tab until the focus reaches the element (at most 60 times) and checks it shows a focus ring. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 60; i++) {
            if (Boolean.TRUE.equals(page.evaluate(FOCUSED_MATCHES, selector))) {
                assertFocusVisible(page, selector);
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("Tab never reached " + selector);
    }

    private static void assertFocused(Page page, String selector) {
        assertThat(page.evaluate(FOCUSED_MATCHES, selector)).as("focus on " + selector).isEqualTo(true);
    }

    /**
     * What has the focus shows it: an outline, or Vaadin's focus-ring attribute (Lumo draws its
     * ring from it), on the focused element or the component it belongs to.
     */
    private static void assertFocusVisible(Page page, String selector) {
        Object shown = page.evaluate("""
                () => { let a = document.activeElement; const chain = [];
                  while (a) { chain.push(a); a = a.shadowRoot ? a.shadowRoot.activeElement : null; }
                  return chain.some(e => e.hasAttribute('focus-ring') || (e.closest && e.closest('[focus-ring]'))
                      || (e.matches(':focus-visible') && getComputedStyle(e).outlineStyle !== 'none'
                          && parseFloat(getComputedStyle(e).outlineWidth) > 0)
                      || (e.matches(':focus-visible') && getComputedStyle(e).boxShadow !== 'none')); }""");
        assertThat(shown).as("a visible focus on " + selector).isEqualTo(true);
    }

    private static int countSessions(String username) throws Exception {
        try (var db = portal.openDatabase(); var q = db.prepareStatement("""
                select count(*) from completed_session s join account a on a.id = s.member_id where a.username = ?""")) {
            q.setString(1, username);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
