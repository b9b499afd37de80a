package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pain monitoring and stopping early in the timer on a phone (390×844, issue 11): the stop dialog
 * asks why and the reason is stored with the session; a pain-after 2+ points above pain-before
 * brings the server's advice under the pain scale, and the next start screen of the routine suggests
 * its easier versions, switched on step by step; the member turns one off, and which steps were done
 * easier is stored with the session. Screenshots in target/screenshots.
 */
class TimerSafetyBrowserIT extends BrowserTestBase {

    private static final String MEMBER = "timer-safety-" + System.currentTimeMillis();
    private static final String PASSWORD = "timer-safety-password";

    @Test
    void stoppingAsksWhyAndAPainRiseBringsTheServersAdvice() throws Exception {
        portal.createMember(MEMBER, PASSWORD);
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, MEMBER, PASSWORD);
        TimerScreen run = TimerScreen.open(page, portal, "core-basics").speed(20).pain("before", 3).start().skip();
        Locator timer = run.timer;

        run.stop();
        Locator dialog = timer.locator("dialog");
        assertThat(dialog).containsText("Why are you stopping?");
        dialog.locator("button[data-reason='PAIN']").click();
        dialog.locator("#stop-note").fill("Sharp in the low back");
        shot(page, "timer-stop-why");
        ScreenCheck.assertFullyOnScreen(page, dialog.locator("button:has-text('Keep going')"), "Keep going");
        run.answer("Save what I did").awaitSaved();

        run.pain("after", 6);
        timer.locator("button.save").click();
        run.await("s.advice !== null", 20_000);
        Locator advice = timer.locator(".advice");
        assertThat(advice).containsText("Your pain went up from 3 to 6 during this routine");
        assertThat(advice).containsText("Ease back");
        ScreenCheck.assertFullyOnScreen(page, advice.locator("h2"), "the advice's headline");
        shot(page, "timer-pain-advice");

        try (var db = portal.openDatabase(); var q = db.prepareStatement("""
                select stop_reason, stop_note, pain_before, pain_after from completed_session s
                join account a on a.id = s.member_id where a.username = ?""")) {
            q.setString(1, MEMBER);
            try (var rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("stop_reason")).isEqualTo("PAIN");
                assertThat(rs.getString("stop_note")).isEqualTo("Sharp in the low back");
                assertThat(rs.getInt("pain_after")).isEqualTo(6);
                assertThat(rs.next()).as("one session").isFalse();
            }
        }

        // pain corrected to 4 (one point above): the advice goes
        run.pain("after", 4);
        timer.locator("button.save").click();
        run.await("s.saveState === 'saved' && s.advice === null", 20_000);
        assertThat(advice).isHidden();

        // 3 -> 6 again: the next start screen of this routine suggests the easier versions
        run.pain("after", 6);
        timer.locator("button.save").click();
        run.await("s.advice !== null", 20_000);
        TimerScreen.open(page, portal, "core-basics");
        Locator suggestion = page.locator("upright-timer .easier-suggested");
        assertThat(suggestion).containsText("Go easier today");
        assertThat(suggestion).containsText("Abdominal brace: ");
        shot(page, "timer-easier-suggested");

        // the suggestion switches every step's easier version on; the member turns one off again
        Locator all = suggestion.locator("input.all-easier");
        assertThat(all).isChecked();
        Locator toggles = timer.locator(".step-list input.easier-input");
        assertThat(toggles).hasCount(3);
        for (int i = 0; i < 3; i++) {
            assertThat(toggles.nth(i)).isChecked();
        }
        Locator deadBug = timer.locator(".step-list li[data-step='1']");
        assertThat(deadBug.locator(".easier-text")).containsText("Easier: Keep both arms pointing up");
        deadBug.locator("label.easier-toggle").scrollIntoViewIfNeeded();
        var box = deadBug.locator("label.easier-toggle").boundingBox();
        assertThat(box.height).as("the switch is a full-size tap target").isGreaterThanOrEqualTo(44);
        deadBug.locator("label.easier-toggle").click();
        assertThat(toggles.nth(1)).not().isChecked();
        assertThat(deadBug.locator(".easier-text")).isHidden();
        assertThat(all).not().isChecked();
        assertThat(timer.locator(".step-list li[data-step='0'] .easier-text")).isVisible();
        shot(page, "timer-easier-chosen");

        // while a step runs in its easier version the timer says so and shows what changes
        page.evaluate("window.__uprightTimeScale = 20");
        timer.locator("button.start").click();
        assertThat(timer.locator(".easier-tag")).hasText("Easier version");
        ScreenCheck.assertFullyOnScreen(page, timer.locator(".easier-tag"), "the easier version's mark next to the step's title");
        assertThat(timer.locator(".easier-now")).containsText("What changes: Do the brace sitting tall on a chair");
        shot(page, "timer-easier-running");
        page.evaluate("window.__uprightTimeScale = 2000");
        page.waitForFunction("document.querySelector('upright-timer').debugState().saveState === 'saved'");
        assertThat(timer.locator(".easier-count")).hasText("2 of 3"); // the finish screen says so too
        shot(page, "timer-easier-finish");
        assertThat(page.evaluate("JSON.stringify(document.querySelector('upright-timer').debugState().easier)"))
                .isEqualTo("[true,false,true]");

        try (var db = portal.openDatabase(); var q = db.prepareStatement("""
                select step_easier::text as easier from completed_session s
                join account a on a.id = s.member_id where a.username = ? order by s.finished_at desc limit 1""")) {
            q.setString(1, MEMBER);
            try (var rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("easier")).as("steps 1 and 3 done easier").isEqualTo("{t,f,t}");
            }
        }
        page.context().close();
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + "-390x844.png")));
    }
}
