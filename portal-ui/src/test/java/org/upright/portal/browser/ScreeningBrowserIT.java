package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The safety screening in Chromium on a phone (issue 11): a new member meets it before any routine;
 * a "yes" shows advice and keeps routines paused; the coach sees the screening alert at the top of
 * triage and clears it, and only then does the timer open.
 */
class ScreeningBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "Lantern!Maple4Crisp";

    @Test
    void aNewMemberIsScreenedFirstAYesPausesRoutinesUntilTheCoachClearsIt() throws Exception {
        String username = "screened-" + System.currentTimeMillis();
        String name = "Sam Screening" + System.currentTimeMillis() % 100_000;
        portal.createUnscreenedMember(username, PASSWORD, name);

        Page member = browser.newPage(true);
        BrowserSession.signIn(member, portal, username, PASSWORD);
        assertThat(member.locator("#screening")).isVisible(); // Today sends a new member here first
        member.navigate(portal.url("/routines/wall-press/run"));
        assertThat(member.locator("#screening")).isVisible();
        assertThat(member.locator("upright-timer")).hasCount(0);
        screenshot(member, "screening-01-form");

        member.locator("#screening-save").click();
        assertThat(member.locator("#screening-error")).containsText("questions have no answer yet");

        for (Locator question : member.locator(".screening-question").all()) {
            boolean nightPain = "q-night-pain".equals(question.getAttribute("id"));
            question.locator("vaadin-radio-button").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^\\s*" + (nightPain ? "Yes" : "No") + "\\s*$"))).click();
        }
        member.locator("#screening-save").click();
        assertThat(member.locator("#screening-advice")).containsText("Please get checked before exercising");
        assertThat(member.locator("#screening-advice")).containsText("See a doctor or physiotherapist before you start");
        screenshot(member, "screening-02-yes-advice");

        member.navigate(portal.url("/routines/wall-press/run"));
        assertThat(member.locator("#screening-advice")).isVisible(); // paused: still the advice, no timer
        assertThat(member.locator("upright-timer")).hasCount(0);

        Page coach = browser.newPage(false);
        BrowserSession.signIn(coach, portal, "coach", "coach-upright");
        coach.navigate(portal.url("/coach/triage"));
        Locator firstRow = coach.locator("#triage-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Screening: yes")).first();
        assertThat(firstRow).isVisible();
        // the top of triage: the first row (most severe first) is this member's screening "yes"
        String top = (String) coach.locator("#triage-grid").evaluate(FIRST_ROW_TEXT);
        org.assertj.core.api.Assertions.assertThat(top).contains("Screening: yes", name);
        screenshot(coach, "screening-03-triage");
        coach.locator("#triage-grid a", new Page.LocatorOptions().setHasText(name)).first().click();
        coach.waitForURL("**/coach/clients/**");
        assertThat(coach.locator("#client-screening")).containsText("pain there all the time at night");
        coach.locator("#screening-clear-by-coach").click();
        assertThat(coach.locator("#screening-clear-by-coach")).hasCount(0);
        coach.context().close();

        member.navigate(portal.url("/routines/wall-press/run"));
        assertThat(member.locator("upright-timer")).isVisible();
        member.context().close();
    }

    /** The text of the grid's first body row (its cells' contents are slotted into the shadow DOM's rows). */
    private static final String FIRST_ROW_TEXT = """
            grid => {
              const rows = [...grid.shadowRoot.querySelectorAll('#items tr')].filter(r => !r.hidden && r.index === 0);
              return [...rows[0].querySelectorAll('td slot')].flatMap(s => s.assignedElements())
                  .map(c => c.textContent).join(' | ');
            }""";

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }
}
