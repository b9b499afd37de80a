package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guided timer on a phone-sized page, with time sped up through the test hook: a new member
 * starts a program, runs a 3-step routine with pause, resume and skip, rates pain before and
 * after, and the session is stored once (a double tap on Save included). A finished or stopped
 * routine is stored at once and later pain or notes update it; a routine skipped through is not
 * complete; the controls stay fully on screen at 360×640, 390×844 and in landscape.
 */
class TimerBrowserIT extends BrowserTestBase {

    private static final String ROUTINE = "core-basics";
    private static final String MEMBER = "timer-member";
    private static final String PASSWORD = "timer-member-password";

    @BeforeAll
    static void createTimerMember() throws Exception {
        portal.createMember(MEMBER, PASSWORD);
    }

    @Test
    void memberEnrollsThenRunsARoutineToTheEndAndTheSessionIsRecordedOnce() throws Exception {
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, MEMBER, PASSWORD);

        page.navigate(portal.url("/programs/desk-neck-shoulders"));
        page.locator("#enroll-button").click();
        page.waitForURL("**/today");
        assertThat(page.locator("#today-plan")).containsText("Day 1 of 14");

        TimerScreen run = TimerScreen.open(page, portal, ROUTINE);
        Locator timer = run.timer;
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "timer-intro.png")));
        run.pain("before", 6);

        AtomicInteger serverCalls = new AtomicInteger();
        page.onRequest((Request r) -> {
            if (r.url().contains("v-r=uidl")) {
                serverCalls.incrementAndGet();
            }
        });
        run.speed(20).start().await("s.elapsedMs > 3000", 20_000);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "timer-running.png")));

        // pause: time stands still
        timer.locator("button.pause").click();
        double pausedAt = elapsed(run);
        page.waitForTimeout(600);
        assertThat(elapsed(run)).isEqualTo(pausedAt);
        assertThat(run.state().get("running")).isEqualTo(false);
        timer.locator("button.pause").click();
        run.await("s.running === true", 20_000);

        // skip moves to the next phase at once
        int before = ((Number) run.state().get("phaseIndex")).intValue();
        run.skip();
        assertThat(((Number) run.state().get("phaseIndex")).intValue()).isGreaterThan(before);

        run.awaitFinish(120_000).pain("after", 3);
        timer.locator("#note").fill("Felt easier on the last step.");
        timer.locator("button.save").dblclick();
        assertThat(timer).containsText("Session saved");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "timer-saved.png")));
        assertThat(serverCalls.get()).as("round trips from Start to saved").isLessThanOrEqualTo(5);

        try (var db = portal.openDatabase(); var q = db.prepareStatement("""
                select s.steps_completed, s.steps_total, s.pain_before, s.pain_after, s.note, count(*) over () as n
                from completed_session s join routine r on r.id = s.routine_id
                join account a on a.id = s.member_id
                where r.slug = ? and a.username = 'timer-member' and s.note = 'Felt easier on the last step.'""")) {
            q.setString(1, ROUTINE);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("session stored").isTrue();
                assertThat(rs.getInt("n")).as("stored once despite the double tap").isEqualTo(1);
                assertThat(rs.getInt("steps_completed")).isEqualTo(3);
                assertThat(rs.getInt("steps_total")).isEqualTo(3);
                assertThat(rs.getInt("pain_before")).isEqualTo(6);
                assertThat(rs.getInt("pain_after")).isEqualTo(3);
            }
        }

        // the progress view explains the pain response: one session is not enough to show one
        page.navigate(portal.url("/progress"));
        assertThat(page.locator("body")).containsText("sessions of a routine");
        page.context().close();
    }

    @Test
    void stoppedEarlyWhileOfflineIsKeptInTheBrowserAndSentOnceWhenBack() throws Exception {
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, MEMBER, PASSWORD);
        TimerScreen run = TimerScreen.open(page, portal, "wall-press").speed(20)
                .easier(true, false, false, false) // the first step done easier
                .start();
        Locator timer = run.timer;
        run.skip(); // past get-ready
        run.skip(); // past the first step's only hold: step 1 done
        run.await("s.stepsCompleted >= 1", 20_000).stopAndSave();
        timer.locator("#note").fill("Phone rang, stopped early.");

        page.context().setOffline(true);
        timer.locator("button.save").click();
        assertThat(timer).containsText("You're offline", new com.microsoft.playwright.assertions.LocatorAssertions
                .ContainsTextOptions().setTimeout(30_000));
        String kept = (String) page.evaluate("localStorage.getItem('upright.timer.outbox')");
        assertThat(kept).contains("Phone rang, stopped early.").contains("\"partial\":true")
                .as("the easier choice travels with the kept result").contains("\"stepEasier\":[true,false,false,false]");

        page.context().setOffline(false);
        page.reload(); // the view re-sends what the outbox holds when it opens
        long deadline = System.currentTimeMillis() + 30_000;
        int stored = 0;
        while (stored == 0 && System.currentTimeMillis() < deadline) {
            stored = partialSessions();
            page.waitForTimeout(500);
        }
        page.waitForTimeout(2_000); // give a duplicate delivery (reconnect + outbox) the chance to show up
        assertThat(partialSessions()).as("stored exactly once").isEqualTo(1);
        page.waitForFunction("!(localStorage.getItem('upright.timer.outbox') || '').includes('Phone rang')");
        page.context().close();
    }

    @Test
    void aFinishedRoutineIsRecordedAtOnceAndPainAddedBeforeLeavingIsKeptAndSentLater() throws Exception {
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, MEMBER, PASSWORD);
        TimerScreen run = TimerScreen.open(page, portal, "wall-press").speed(60)
                .easier(false, false, false, false) // the standard versions (another test may have raised pain)
                .start().awaitFinish(60_000);
        String id = run.clientSessionId();

        // recorded without any tap on the "Well done" screen
        run.awaitSaved();
        assertThat(sessionColumn(id, "steps_completed")).as("ran to the end: every step held").isEqualTo("4");
        assertThat(Integer.parseInt(sessionColumn(id, "hold_seconds_held"))).isGreaterThan(65);
        assertThat(sessionColumn(id, "hold_seconds_planned")).isEqualTo("130");
        assertThat(sessionColumn(id, "pain_after")).isNull();

        // pain after chosen, then the member leaves through the routine link without saving
        run.pain("after", 2);
        page.locator("a.timer-back").click();
        page.waitForURL("**/routines/wall-press");
        String kept = (String) page.evaluate("localStorage.getItem('upright.timer.outbox')");
        assertThat(kept).contains(id).contains("\"painAfter\":2");

        // the next time the timer opens, the kept pain goes to the same session
        page.navigate(portal.url("/routines/wall-press/run"));
        page.waitForFunction("!(localStorage.getItem('upright.timer.outbox') || '').includes('" + id + "')", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(sessionColumn(id, "pain_after")).isEqualTo("2");
        assertThat(sessionCount(id)).isEqualTo(1);
        page.context().close();
    }

    @Test
    void stopTakesTwoTapsToSaveAndDoneGoesBackToToday() throws Exception {
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, MEMBER, PASSWORD);
        TimerScreen run = TimerScreen.open(page, portal, "core-basics").start();
        Locator timer = run.timer;
        run.stop();                     // tap 1
        run.answer("Save what I did");  // tap 2
        assertThat(timer.locator("h1")).hasText("Stopped early");
        String id = run.awaitSaved().clientSessionId();
        assertThat(sessionCount(id)).as("saved by the second tap").isEqualTo(1);
        assertThat(timer.locator("button.save")).hasText("Done");
        timer.locator("button.save").click();
        page.waitForURL("**/today");

        // Discard is the other answer: nothing stored
        TimerScreen.open(page, portal, "core-basics").start().stop().answer("Discard");
        assertThat(timer.locator("button.start")).isVisible();
        page.context().close();
    }

    @Test
    void aRoutineSkippedThroughInSecondsIsNotCompleteAndTheCoachSeesHeldVersusPlanned() throws Exception {
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, MEMBER, PASSWORD);
        TimerScreen run = TimerScreen.open(page, portal, "wall-press")
                .easier(false, false, false, false) // planned 2:10 is the standard versions'
                .start();
        Locator timer = run.timer;
        for (int i = 0; i < 40 && !"finish".equals(run.state().get("screen")); i++) {
            run.skip();
        }
        String id = run.awaitSaved().clientSessionId();
        assertThat(timer.locator(".steps-done")).hasText("0 of 4");
        assertThat(timer.locator(".held")).containsText("of 02:10");
        assertThat(timer.locator("h1")).not().hasText("Well done");
        assertThat(sessionColumn(id, "steps_completed")).isEqualTo("0");
        assertThat(Integer.parseInt(sessionColumn(id, "hold_seconds_held"))).isLessThan(10);
        String held = sessionColumn(id, "hold_seconds_held");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "timer-skipped-through.png")));

        page.navigate(portal.url("/history"));
        // on a phone History lists day cards (the table is for wide screens)
        assertThat(page.locator("#history-days")).containsText("held 0:0" + held + " of 2:10");
        page.context().close();

        assignToTheDemoCoach();
        Page coach = browser.newPage(false);
        BrowserSession.signIn(coach, portal, "coach", "coach-upright");
        coach.waitForURL("**/coach");
        coach.navigate(portal.url("/coach/clients/" + memberId()));
        assertThat(coach.locator("#client-sessions")).containsText("0:0" + held + " of 2:10",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        coach.locator("#client-sessions").scrollIntoViewIfNeeded();
        coach.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "timer-coach-held.png")));
        coach.context().close();
    }

    @Test
    void controlsStayInOnePlaceAtTheBottomAndFullyOnScreenInEveryStateOnPhones() throws Exception {
        Page page = browser.newPage(true);
        BrowserSession.signIn(page, portal, MEMBER, PASSWORD);
        for (int[] size : new int[][] {{360, 640}, {390, 844}, {844, 390}}) {
            String name = size[0] + "x" + size[1];
            page.setViewportSize(size[0], size[1]);
            TimerScreen run = TimerScreen.open(page, portal, "wall-press");
            Locator timer = run.timer;
            shot(page, name, "1-intro");
            ScreenCheck.assertFullyOnScreen(page, timer.locator("button.start"), name + " Start");
            assertBarAtTheBottom(page, timer, name + " intro");
            ScreenCheck.assertOneRow(timer.locator(".pain .pain-btn"), name + " pain before");

            run.start();
            shot(page, name, "2-running");
            double barTop = assertBarAtTheBottom(page, timer, name + " running");
            for (String control : new String[] {"button.back", "button.pause", "button.skip", "button.stop-btn"}) {
                ScreenCheck.assertFullyOnScreen(page, timer.locator(control), name + " running " + control);
            }
            // steps with longer and shorter text: the bar does not move
            for (int i = 0; i < 6; i++) {
                run.skip();
                assertThat(assertBarAtTheBottom(page, timer, name + " after skip " + i)).isEqualTo(barTop);
            }
            shot(page, name, "3-running-later-step");

            timer.locator("button.pause").click();
            assertThat(timer.locator("button.pause")).containsText("Resume");
            shot(page, name, "4-paused");
            ScreenCheck.assertFullyOnScreen(page, timer.locator("button.pause"), name + " Resume");
            assertThat(assertBarAtTheBottom(page, timer, name + " paused")).isEqualTo(barTop);

            run.stop();
            shot(page, name, "5-stop-question");
            for (String answer : new String[] {"Save what I did", "Discard", "Keep going"}) {
                ScreenCheck.assertFullyOnScreen(page, timer.locator("dialog button:has-text('" + answer + "')"), name + " " + answer);
            }
            run.answer("Save what I did").awaitSaved();
            shot(page, name, "6-finish-saved");
            ScreenCheck.assertFullyOnScreen(page, timer.locator("button.save"), name + " Done");
            assertBarAtTheBottom(page, timer, name + " finish");
            ScreenCheck.assertOneRow(timer.locator(".pain .pain-btn"), name + " pain after");
            run.pain("after", 10);
            shot(page, name, "7-finish-edited");
            ScreenCheck.assertFullyOnScreen(page, timer.locator("button.save"), name + " Save");
        }
        page.context().close();
    }

    @Test
    void thePainScaleOfTheTimerReadsLikeTheCheckInsAndBothStayOneRowOnAPhone() throws Exception {
        Page page = browser.newPage(true);
        page.setViewportSize(360, 640);
        BrowserSession.signIn(page, portal, MEMBER, PASSWORD);
        page.navigate(portal.url("/today"));
        Locator checkIn = page.locator("vaadin-button[id^='check-in-score-']");
        assertThat(checkIn).hasCount(11);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "timer-checkin-360.png")));
        ScreenCheck.assertOneRow(checkIn, "check-in scale");
        java.util.List<String> checkInLabels = labels(checkIn);

        page.navigate(portal.url("/routines/wall-press/run"));
        Locator timerScale = page.locator("upright-timer .pain .pain-btn");
        assertThat(timerScale).hasCount(11);
        assertThat(labels(timerScale)).isEqualTo(checkInLabels);
        assertThat(page.locator("upright-timer .pain [role=radiogroup]")).hasCount(1);
        assertThat(page.locator("upright-timer .pain-labels")).hasText("0 No pain5 Moderate10 Worst");
        page.context().close();
    }

    private static java.util.List<String> labels(Locator buttons) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < buttons.count(); i++) {
            out.add(buttons.nth(i).getAttribute("aria-label") + " / " + buttons.nth(i).getAttribute("role"));
        }
        return out;
    }

    /** The control bar ends at the bottom edge of the screen; returns its top. */
    private static double assertBarAtTheBottom(Page page, Locator timer, String what) {
        var bar = TimerScreen.on(page).bar().boundingBox();
        assertThat(bar.y + bar.height).as(what + ": bar at the bottom edge")
                .isCloseTo(page.viewportSize().height, org.assertj.core.data.Offset.offset(1.0));
        return bar.y;
    }

    private static void shot(Page page, String size, String state) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "timer-" + size + "-" + state + ".png")));
    }

    /**
     * The demo accounts are created a little after the portal answers, so the member made in
     * {@code @BeforeAll} may have been created before the demo coach existed: assign it now.
     */
    private static void assignToTheDemoCoach() throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (true) {
            try (var db = portal.openDatabase(); var update = db.prepareStatement("""
                    update account set coach_id = (select id from account where username = 'coach')
                    where username = ? and exists (select 1 from account where username = 'coach')""")) {
                update.setString(1, MEMBER);
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            assertThat(System.currentTimeMillis()).as("the demo coach exists").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static long memberId() throws Exception {
        try (var db = portal.openDatabase(); var q = db.prepareStatement("select id from account where username = ?")) {
            q.setString(1, MEMBER);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String sessionColumn(String clientSessionId, String column) throws Exception {
        try (var db = portal.openDatabase(); var q = db.prepareStatement(
                "select " + column + "::text from completed_session where client_session_id = ?::uuid")) {
            q.setString(1, clientSessionId);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("session " + clientSessionId + " stored").isTrue();
                return rs.getString(1);
            }
        }
    }

    private static int sessionCount(String clientSessionId) throws Exception {
        try (var db = portal.openDatabase(); var q = db.prepareStatement(
                "select count(*) from completed_session where client_session_id = ?::uuid")) {
            q.setString(1, clientSessionId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int partialSessions() throws Exception {
        try (var db = portal.openDatabase(); var q = db.prepareStatement("""
                select count(*) from completed_session s join account a on a.id = s.member_id
                where a.username = ? and s.note = 'Phone rang, stopped early.' and s.steps_completed < s.steps_total""")) {
            q.setString(1, MEMBER);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static double elapsed(TimerScreen run) {
        return ((Number) run.state().get("elapsedMs")).doubleValue();
    }
}
