package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The guided timer page as the browser tests drive it: open a routine's timer, speed time up
 * through the test hook, rate pain, start, stop, and wait for its states (debugState()).
 */
final class TimerScreen {

    private final Page page;
    /** The upright-timer element; Playwright's locators reach into its shadow DOM. */
    final Locator timer;

    private TimerScreen(Page page) {
        this.page = page;
        this.timer = page.locator("upright-timer");
    }

    /** Opens the routine's timer and waits for its start screen. */
    static TimerScreen open(Page page, RunningPortal portal, String slug) {
        page.navigate(portal.url("/routines/" + slug + "/run"));
        TimerScreen screen = new TimerScreen(page);
        assertThat(screen.timer.locator("button.start")).isEnabled();
        return screen;
    }

    /** The timer already on this page. */
    static TimerScreen on(Page page) {
        return new TimerScreen(page);
    }

    /** Time runs this many times faster (the portal runs with upright.timer.test-hooks=true). */
    TimerScreen speed(int scale) {
        page.evaluate("window.__uprightTimeScale = " + scale);
        return this;
    }

    Locator locator(String selector) {
        return timer.locator(selector);
    }

    /** Taps the value on the start screen's ("before") or the finish screen's ("after") pain scale. */
    TimerScreen pain(String beforeOrAfter, int value) {
        timer.locator(".pain[data-name='" + beforeOrAfter + "'] button.v" + value).click();
        return this;
    }

    /** Sets each step's "Easier version" switch on the start screen (a step without one must be {@code false}). */
    TimerScreen easier(boolean... perStep) {
        timer.locator(".step-list li").first().waitFor(); // the start screen is drawn
        for (int i = 0; i < perStep.length; i++) {
            Locator input = timer.locator(".step-list li[data-step='" + i + "'] input.easier-input");
            if (input.count() == 0) {
                org.assertj.core.api.Assertions.assertThat(perStep[i]).as("step %d has no easier version", i + 1).isFalse();
            } else if (input.isChecked() != perStep[i]) {
                timer.locator(".step-list li[data-step='" + i + "'] label.easier-toggle").click();
            }
        }
        return this;
    }

    TimerScreen start() {
        timer.locator("button.start").click();
        return this;
    }

    TimerScreen skip() {
        timer.locator("button.skip").click();
        return this;
    }

    /** Taps Stop: the dialog asks "Stop here?". */
    TimerScreen stop() {
        timer.locator("button.stop-btn").click();
        return this;
    }

    /** Answers the stop dialog ("Save what I did", "Discard", "Keep going"). */
    TimerScreen answer(String label) {
        timer.locator("dialog button:has-text('" + label + "')").click();
        return this;
    }

    /** Stop → "Save what I did", then waits until the server has stored it. */
    TimerScreen stopAndSave() {
        stop().answer("Save what I did");
        return awaitSaved();
    }

    /** Waits until a JS condition over the timer's state {@code s} holds, e.g. "s.elapsedMs > 3000". */
    TimerScreen await(String condition, double timeoutMs) {
        page.waitForFunction("(() => { const s = document.querySelector('upright-timer').debugState(); return "
                + condition + "; })()", null, new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
        return this;
    }

    TimerScreen awaitFinish(double timeoutMs) {
        return await("s.screen === 'finish'", timeoutMs);
    }

    TimerScreen awaitSaved() {
        return await("s.saveState === 'saved'", 20_000);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> state() {
        return (Map<String, Object>) page.evaluate("document.querySelector('upright-timer').debugState()");
    }

    /** The id of the session on screen (running or finished). */
    String clientSessionId() {
        return (String) state().get("clientSessionId");
    }

    /** The control bar at the bottom of the current screen. */
    Locator bar() {
        return timer.locator(".screen > .bar");
    }
}
