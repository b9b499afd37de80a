package org.upright.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a member sees on a phone when a save does not go through (issue 12): a check-in tapped
 * offline says "not saved yet" instead of the last saved value and the later tap wins once back
 * online; a check-in or a session the database refuses says so where the member acted, never a
 * stale "Saved", and the tap or the session stays on the device until the database takes it.
 * Screenshots in target/screenshots/save-feedback-*.png.
 */
class SaveFeedbackBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "save-feedback-password";
    private static final LocatorAssertions.ContainsTextOptions WAIT = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Test
    void aCheckInTappedOfflineSaysNotSavedYetAndTheLaterTapWinsWhenBackOnline() throws Exception {
        String member = "offline-check-in-" + System.nanoTime();
        portal.createMember(member, PASSWORD);
        Page page = phone(member);
        page.locator("#check-in-score-5").click();
        assertThat(page.locator("#check-in-status")).containsText("Saved: 5 out of 10 today");

        page.context().setOffline(true);
        page.locator("#check-in-score-7").click();
        assertThat(page.locator("#check-in-pending")).hasText("Not saved yet — will send when you are back online.");
        assertThat(page.locator("#check-in-status")).isHidden(); // no "Saved: 5" next to an unsent 7
        page.locator("#check-in-score-8").click();
        ScreenCheck.screenshot(page, "save-feedback-offline-check-in");

        page.context().setOffline(false);
        assertThat(page.locator("#check-in-status")).containsText("Saved: 8 out of 10 today", WAIT);
        assertThat(page.locator("#check-in-pending")).isHidden();
        assertThat(todaysScore(member)).as("the later tap is what is stored").isEqualTo(8);
        page.context().close();
    }

    @Test
    void aCheckInTheDatabaseRefusesSaysSoWhereTheMemberTappedAndNoStaleSavedRemains() throws Exception {
        String member = "refused-check-in-" + System.nanoTime();
        portal.createMember(member, PASSWORD);
        Page page = phone(member);
        page.locator("#check-in-score-3").click();
        assertThat(page.locator("#check-in-status")).containsText("Saved: 3 out of 10 today");

        try (var refusal = new Refusal("pain_rating", member)) {
            page.locator("#check-in-score-6").click();
            assertThat(page.locator("#check-in-status")).containsText("Not saved: something went wrong on our side");
            assertThat(page.locator("#check-in-status")).not().containsText("Saved:");
            ScreenCheck.screenshot(page, "save-feedback-refused-check-in");
            assertThat(todaysScore(member)).isEqualTo(3);
        }
        // the tap stayed on the device: once the database takes it again it is sent by itself
        assertThat(page.locator("#check-in-status")).containsText("Saved: 6 out of 10 today",
                new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        assertThat(todaysScore(member)).isEqualTo(6);
        page.context().close();
    }

    @Test
    void aSessionTheDatabaseRefusesSaysSoOnTheFinishScreenAndIsSentWhenTheDatabaseTakesIt() throws Exception {
        String member = "refused-session-" + System.nanoTime();
        portal.createMember(member, PASSWORD);
        Page page = phone(member);
        String id;
        try (var refusal = new Refusal("completed_session", member)) {
            TimerScreen run = TimerScreen.open(page, portal, "wall-press").speed(60).start().awaitFinish(60_000);
            id = run.clientSessionId();
            assertThat(run.locator(".error")).containsText("Not saved: something went wrong on our side", WAIT);
            assertThat(run.state().get("saveState")).isEqualTo("rejected");
            assertThat(run.locator(".status")).not().containsText("saved");
            assertThat(run.locator("button.save")).hasText("Save");
            ScreenCheck.assertFullyOnScreen(page, run.locator("button.save"), "Save to try again");
            ScreenCheck.screenshot(page, "save-feedback-refused-session");
            assertThat((String) page.evaluate("localStorage.getItem('upright.timer.outbox')")).contains(id);

            // opened again while the database still refuses: the kept session is not dropped
            TimerScreen.open(page, portal, "wall-press");
            page.waitForTimeout(2_000);
            assertThat((String) page.evaluate("localStorage.getItem('upright.timer.outbox')")).contains(id);
        }
        assertThat(sessions(id)).isZero();

        // the database takes it again: the next time the timer opens it goes, once
        TimerScreen.open(page, portal, "wall-press");
        page.waitForFunction("!(localStorage.getItem('upright.timer.outbox') || '').includes('" + id + "')", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(sessions(id)).isEqualTo(1);
        page.context().close();
    }

    private static Page phone(String member) {
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, member, PASSWORD);
        page.waitForURL("**/today");
        return page;
    }

    /** A database trigger that refuses every write of one member's rows to the table, until closed. */
    private static final class Refusal implements AutoCloseable {
        private final String trigger;
        private final String table;

        Refusal(String table, String username) throws Exception {
            this.table = table;
            this.trigger = "refuse_" + table + "_" + System.nanoTime();
            try (var db = portal.openDatabase(); var sql = db.createStatement()) {
                sql.execute("create function " + trigger + "() returns trigger language plpgsql as $$"
                        + " begin raise exception 'refused by the test'; end $$");
                sql.execute("create trigger " + trigger + " before insert or update on " + table + " for each row"
                        + " when (new.member_id = " + memberId(username) + ") execute function " + trigger + "()");
            }
        }

        @Override
        public void close() throws Exception {
            try (var db = portal.openDatabase(); var sql = db.createStatement()) {
                sql.execute("drop trigger " + trigger + " on " + table);
                sql.execute("drop function " + trigger + "()");
            }
        }
    }

    private static long memberId(String username) throws Exception {
        try (var db = portal.openDatabase(); var q = db.prepareStatement("select id from account where username = ?")) {
            q.setString(1, username);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        }
    }

    /** The member's latest rating (the test's members rate today only). */
    private static int todaysScore(String username) throws Exception {
        try (var db = portal.openDatabase(); var q = db.prepareStatement("""
                select r.score from pain_rating r join account a on a.id = r.member_id
                where a.username = ? order by r.day desc limit 1""")) {
            q.setString(1, username);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("a rating stored").isTrue();
                return rs.getInt(1);
            }
        }
    }

    private static int sessions(String clientSessionId) throws Exception {
        try (var db = portal.openDatabase(); var q = db.prepareStatement(
                "select count(*) from completed_session where client_session_id = ?::uuid")) {
            q.setString(1, clientSessionId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
