package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program checkpoint on a phone (390×844, issue 11): a member 30 days into the 4-week mid-back
 * program whose daily pain has stayed at 5 sees "Time to see a clinician" on Today; the same member
 * on day 10 (the enrollment moved, as if the clock were 20 days earlier) does not. The portal's clock
 * is the real one, so the history is written relative to today (UTC, the member's time zone).
 */
class CheckpointBrowserIT extends BrowserTestBase {

    private static final String MEMBER = "checkpoint-" + System.currentTimeMillis();
    private static final String PASSWORD = "checkpoint-password";

    @Test
    void thirtyDaysIntoAProgramWithoutImprovementTodaySaysToSeeAClinician() throws Exception {
        portal.createMember(MEMBER, PASSWORD);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        enrollInMidBackReset(today.minusDays(29)); // today is program day 30
        rateEveryDay(today.minusDays(29), today, 5);

        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, MEMBER, PASSWORD);
        page.navigate(portal.url("/today"));
        assertThat(page.locator("#member-home")).isVisible();
        Locator card = page.locator("#checkpoint");
        assertThat(card).isVisible();
        assertThat(card.locator("h3")).hasText("Time to see a clinician");
        assertThat(card).containsText("your pain has not clearly improved since it started (5.0 → 5.0)");
        assertThat(card).containsText("Please see a doctor or physiotherapist");
        var box = card.boundingBox();
        assertThat(box.x).as("the card starts on screen").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("the card fits the phone's width").isLessThanOrEqualTo(390);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling").isTrue();
        card.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "today-checkpoint-390x844.png")));

        // ten days in, the checkpoint is not due yet: no card
        try (var db = portal.openDatabase(); var move = db.prepareStatement("""
                update enrollment set start_date = ? where member_id = (select id from account where username = ?)
                and ended_on is null""")) {
            move.setDate(1, Date.valueOf(today.minusDays(9)));
            move.setString(2, MEMBER);
            assertThat(move.executeUpdate()).isEqualTo(1);
        }
        page.navigate(portal.url("/today"));
        assertThat(page.locator("#member-home")).isVisible();
        assertThat(page.locator("#checkpoint")).hasCount(0);
        page.context().close();
    }

    private static void enrollInMidBackReset(LocalDate start) throws Exception {
        try (var db = portal.openDatabase(); var enroll = db.prepareStatement("""
                insert into enrollment (member_id, program_id, start_date)
                select a.id, p.id, ? from account a, program p where a.username = ? and p.slug = 'mid-back-reset'""")) {
            enroll.setDate(1, Date.valueOf(start));
            enroll.setString(2, MEMBER);
            assertThat(enroll.executeUpdate()).isEqualTo(1);
        }
    }

    private static void rateEveryDay(LocalDate from, LocalDate to, int score) throws Exception {
        try (var db = portal.openDatabase(); var rate = db.prepareStatement("""
                insert into pain_rating (member_id, day, score) select id, ?, ? from account where username = ?""")) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                rate.setDate(1, Date.valueOf(day));
                rate.setInt(2, score);
                rate.setString(3, MEMBER);
                rate.addBatch();
            }
            rate.executeBatch();
        }
    }
}
