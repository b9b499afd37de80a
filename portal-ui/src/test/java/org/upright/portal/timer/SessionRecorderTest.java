package org.upright.portal.timer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.upright.content.routine.PublishedRoutine;
import org.upright.content.routine.RoutineService;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;

import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.progress.AlertService;
import org.upright.tracker.screening.ScreeningQuestion;
import org.upright.tracker.screening.ScreeningRequiredException;
import org.upright.tracker.screening.ScreeningService;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class SessionRecorderTest {

    @Autowired
    SessionRecorder recorder;
    @Autowired
    RoutineService routines;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScreeningService screening;

    private AccountProfile member;
    private PublishedRoutine core;
    private final Instant start = Instant.now().minusSeconds(600);

    @BeforeEach
    void signIn() {
        member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(member);
        core = routines.findPublishedBySlug("core-basics").orElseThrow();
        screening.answer(answers());
    }

    static Map<ScreeningQuestion, Boolean> answers(ScreeningQuestion... yes) {
        Map<ScreeningQuestion, Boolean> answers = new EnumMap<>(ScreeningQuestion.class);
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            answers.put(q, List.of(yes).contains(q));
        }
        return answers;
    }

    @Test
    void refusesASessionWithoutAValidClearScreening() {
        AccountProfile fresh = accounts.create(Role.MEMBER);
        TestAccounts.signIn(fresh);
        String json = result(UUID.randomUUID().toString(), core.id(), start, start.plusSeconds(300), 3, 3);
        SessionRecorder.Outcome unscreened = recorder.record(json);
        assertThat(unscreened.saved()).isFalse();
        assertThat(unscreened.message()).contains("safety questions");
        assertThatThrownBy(recorder::requireMayStart).isInstanceOf(ScreeningRequiredException.class);

        screening.answer(answers(ScreeningQuestion.NIGHT_PAIN));
        SessionRecorder.Outcome paused = recorder.record(json);
        assertThat(paused.saved()).isFalse();
        assertThat(paused.message()).contains("paused");

        screening.confirmSeenClinician();
        assertThat(recorder.record(json).saved()).isTrue();
        assertThat(jdbc.sql("select count(*) from completed_session where member_id = ?").param(fresh.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String result(String id, long routineId, Instant started, Instant finished, int done, int total) {
        return """
                {"clientSessionId":"%s","routineId":%d,"routineVersion":%d,"startedAt":%d,"finishedAt":%d,
                 "stepsCompleted":%d,"stepsTotal":%d,"durationSeconds":300,"painBefore":6,"painAfter":3,
                 "note":"  Felt fine  ","partial":%s}""".formatted(id, routineId, core.version(),
                started.toEpochMilli(), finished.toEpochMilli(), done, total, done < total);
    }

    private long storedSessions() {
        return jdbc.sql("select count(*) from completed_session where member_id = ?").param(member.id())
                .query(Long.class).single();
    }

    @Test
    void recordsAFinishedRoutineOnceEvenWhenSentTwice() {
        String id = UUID.randomUUID().toString();
        String json = result(id, core.id(), start, start.plusSeconds(300), 3, 3);
        SessionRecorder.Outcome first = recorder.record(json);
        SessionRecorder.Outcome again = recorder.record(json);
        assertThat(first.saved()).isTrue();
        assertThat(first.message()).isEqualTo("Session saved");
        assertThat(first.clientSessionId()).isEqualTo(id);
        assertThat(again.saved()).isTrue();
        assertThat(storedSessions()).isEqualTo(1);
        assertThat(jdbc.sql("select note from completed_session where member_id = ?").param(member.id())
                .query(String.class).single()).isEqualTo("Felt fine");
    }

    @Test
    void keepsAStoppedRoutineAsPartial() {
        SessionRecorder.Outcome outcome = recorder.record(
                result(UUID.randomUUID().toString(), core.id(), start, start.plusSeconds(90), 1, 3));
        assertThat(outcome.saved()).isTrue();
        assertThat(outcome.message()).isEqualTo("Saved: 1 of 3 steps");
    }

    @Test
    void refusesBadResultsWithAReasonAndStoresNothing() {
        assertThat(recorder.record(result(UUID.randomUUID().toString(), core.id(), start, start.minusSeconds(5), 3, 3)))
                .satisfies(o -> assertThat(o.saved()).isFalse())
                .satisfies(o -> assertThat(o.message()).isNotBlank());
        assertThat(recorder.record(result(UUID.randomUUID().toString(), core.id(), start, start.plusSeconds(60), 4, 3)))
                .satisfies(o -> assertThat(o.saved()).isFalse());
        assertThat(recorder.record(result(UUID.randomUUID().toString(), 999_999, start, start.plusSeconds(60), 3, 3)))
                .satisfies(o -> assertThat(o.saved()).isFalse());
        assertThat(recorder.record("{not json"))
                .satisfies(o -> assertThat(o.saved()).isFalse())
                .satisfies(o -> assertThat(o.message()).contains("could not read"));
        assertThat(recorder.record(result("not-a-uuid", core.id(), start, start.plusSeconds(60), 3, 3)))
                .satisfies(o -> assertThat(o.saved()).isFalse());
        assertThat(storedSessions()).isZero();
    }

    private String timed(String id, String painAfter, String note, List<Integer> held) {
        return """
                {"clientSessionId":"%s","routineId":%d,"routineVersion":%d,"startedAt":%d,"finishedAt":%d,
                 "stepsCompleted":3,"stepsTotal":3,"durationSeconds":300,"painBefore":6,"painAfter":%s,
                 "note":%s,"partial":false,"stepHoldSeconds":%s}""".formatted(id, core.id(), core.version(),
                start.toEpochMilli(), start.plusSeconds(300).toEpochMilli(), painAfter, note, held);
    }

    private int plannedHold(int step) {
        var s = core.steps().get(step);
        return s.holdSeconds() * s.repetitions() * (s.perSide() ? 2 : 1);
    }

    @Test
    void recordsAtTheEndThenPainAndNoteAddedLaterUpdateTheSameSession() {
        String id = UUID.randomUUID().toString();
        List<Integer> held = List.of(plannedHold(0), plannedHold(1), plannedHold(2));
        assertThat(recorder.record(timed(id, "null", "null", held)).saved()).isTrue();
        SessionRecorder.Outcome later = recorder.record(timed(id, "2", "\"Looser\"", held));
        assertThat(later.saved()).isTrue();
        assertThat(later.message()).isEqualTo("Session saved");
        assertThat(storedSessions()).isEqualTo(1);
        assertThat(jdbc.sql("select pain_after || ' ' || note from completed_session where member_id = ?")
                .param(member.id()).query(String.class).single()).isEqualTo("2 Looser");

        // someone else sending this id changes nothing
        TestAccounts.signIn(accounts.create(Role.MEMBER));
        assertThat(recorder.record(timed(id, "9", "\"not mine\"", held)).saved()).isFalse();
        assertThat(jdbc.sql("select pain_after from completed_session where client_session_id = ?::uuid").param(id)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void painAfterTwoPointsAboveBeforeOrSevenComesBackWithAdviceAndAlertsTheCoach(@Autowired AlertService alerts) {
        String id = UUID.randomUUID().toString();
        List<Integer> held = List.of(plannedHold(0), plannedHold(1), plannedHold(2));
        assertThat(recorder.record(timed(id, "null", "null", held)).advice()).isNull(); // no pain-after: no verdict
        assertThat(recorder.record(timed(id, "5", "null", held)).advice()).isNull(); // 6 -> 5
        assertThat(alerts.alerts(member.id())).isEmpty();

        SessionRecorder.Outcome worse = recorder.record(timed(id, "8", "null", held)); // 6 -> 8
        assertThat(worse.saved()).isTrue();
        assertThat(worse.advice().headline()).isEqualTo("Your pain went up from 6 to 8 during this routine");
        assertThat(alerts.alerts(member.id())).extracting(Alert::kind).containsExactly(AlertKind.SESSION_PAIN_RISE);

        // corrected to 6 (no rise, below 7): the advice and the alert go
        assertThat(recorder.record(timed(id, "6", "null", held)).advice()).isNull();
        assertThat(alerts.alerts(member.id())).isEmpty();
    }

    @Test
    void aRoutineSkippedThroughIsStoredWithItsHeldTimeAndNotAsComplete() {
        SessionRecorder.Outcome outcome = recorder.record(timed(UUID.randomUUID().toString(), "null", "null", List.of(1, 0, 0)));
        assertThat(outcome.saved()).isTrue();
        assertThat(outcome.message()).isEqualTo("Saved: 0 of 3 steps");
        int planned = plannedHold(0) + plannedHold(1) + plannedHold(2);
        assertThat(jdbc.sql("select hold_seconds_held || '/' || hold_seconds_planned from completed_session where member_id = ?")
                .param(member.id()).query(String.class).single()).isEqualTo("1/" + planned);
    }

    @Test
    void onlyMembersRecordSessions() {
        TestAccounts.signIn(accounts.create(Role.COACH));
        assertThatThrownBy(() -> recorder.record(result(UUID.randomUUID().toString(), core.id(), start,
                start.plusSeconds(60), 3, 3))).isInstanceOf(AccessDeniedException.class);
    }
}
