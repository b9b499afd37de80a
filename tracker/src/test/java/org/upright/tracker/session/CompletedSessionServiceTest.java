package org.upright.tracker.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.tracker.testing.InMemoryRoutineCatalog;
import org.upright.tracker.testing.Members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Clock: 2026-03-15T12:00Z. Routine 501 version 2 has 4 steps (hold times unknown); routine 502
 * version 1 has 3 steps planned to hold 60, 30 and 0 seconds; routine 503 is the same with an easier
 * version (30 s) of its first step only.
 */
@SpringBootTest
class CompletedSessionServiceTest {

    static final Instant STARTED = Instant.parse("2026-03-15T07:30:00Z");
    static final Instant FINISHED = Instant.parse("2026-03-15T07:42:00Z");

    @Autowired
    CompletedSessionService sessions;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    private final ExecutorService clients = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void routines(@Autowired InMemoryRoutineCatalog catalog) {
        catalog.add(new RoutineInfo(501, 2, "Wall press", 4));
        catalog.add(new RoutineInfo(502, 1, "Chest opener", 3, List.of(60, 30, 0)));
        catalog.add(new RoutineInfo(503, 1, "Chest opener with an easier start", 3, List.of(60, 30, 0),
                java.util.Arrays.asList(30, null, null)));
    }

    static SessionSubmission easier(UUID id, List<Integer> held, List<Boolean> easier) {
        return new SessionSubmission(id, 503, 1, STARTED, FINISHED, 3, 3, 200, 5, null, null, held, null, null, easier);
    }

    @Test
    void theStepsDoneEasierAreStoredAndReadBackAndMeasuredAgainstTheEasierPlan() {
        long member = members.create();
        UUID id = UUID.randomUUID();
        // 16 s of the easier version's 30 is more than half; of the standard 60 it would not be
        CompletedSession stored = sessions.record(member, easier(id, List.of(16, 16, 0), List.of(true, false, false)))
                .session();
        assertThat(stored.stepEasier()).containsExactly(true, false, false);
        assertThat(stored.stepsEasier()).isEqualTo(1);
        assertThat(stored.stepsCompleted()).isEqualTo(3);
        assertThat(stored.holdSecondsPlanned()).isEqualTo(60);
        assertThat(sessions.findByClientId(id).orElseThrow().stepEasier()).containsExactly(true, false, false);
        Boolean[] inDb = jdbc.sql("select step_easier from completed_session where id = ?").param(stored.id())
                .query((rs, n) -> (Boolean[]) rs.getArray(1).getArray()).single();
        assertThat(inDb).containsExactly(true, false, false);

        CompletedSession standard = sessions.record(member, easier(UUID.randomUUID(), List.of(16, 16, 0),
                List.of(false, false, false))).session();
        assertThat(standard.stepsCompleted()).as("16 of 60 s is not most of the standard hold").isEqualTo(2);
        assertThat(standard.stepsEasier()).isZero();
        CompletedSession older = sessions.record(member, timed(UUID.randomUUID(), 3, 200, List.of(60, 30, 0))).session();
        assertThat(older.stepEasier()).as("a timer that did not offer the choice").isNull();
    }

    @Test
    void refusesAnEasierChoiceThatCannotBeTrue() {
        long member = members.create();
        UUID id = UUID.randomUUID();
        expectRefused(member, easier(id, List.of(16, 16, 0), List.of(false, true, false)), "stepEasier",
                "Step 2 of 'Chest opener with an easier start' has no easier version");
        expectRefused(member, easier(id, List.of(16, 16, 0), List.of(true, false)), "stepEasier", "for 2 steps, not 3");
        expectRefused(member, easier(id, List.of(16, 16, 0), java.util.Arrays.asList(true, null, false)), "stepEasier",
                "missing");
        assertThat(sessions.findByClientId(id)).isEmpty();
    }

    @Test
    void theDatabaseRefusesAnEasierListThatDoesNotMatchTheSteps() {
        long member = members.create();
        CompletedSession stored = sessions.record(member, easier(UUID.randomUUID(), List.of(16, 16, 0),
                List.of(true, false, false))).session();
        for (String bad : List.of("{true,false}", "{true,null,false}")) {
            assertThatThrownBy(() -> jdbc.sql("update completed_session set step_easier = ?::boolean[] where id = ?")
                    .params(bad, stored.id()).update())
                    .as(bad).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        }
    }

    static SessionSubmission timed(UUID id, int stepsClaimed, int duration, List<Integer> held) {
        return new SessionSubmission(id, 502, 1, STARTED, FINISHED, stepsClaimed, 3, duration, 5, null, null, held);
    }

    @Test
    void painAfterAndANoteSentLaterUpdateTheSameSession() {
        long member = members.create();
        UUID id = UUID.randomUUID();
        RecordedSession atTheEnd = sessions.record(member,
                new SessionSubmission(id, 501, 2, STARTED, FINISHED, 4, 4, 720, 6, null, null));
        RecordedSession later = sessions.record(member,
                new SessionSubmission(id, 501, 2, STARTED, FINISHED, 4, 4, 720, 6, 3, "  easier now "));

        assertThat(later.newlyRecorded()).isFalse();
        assertThat(later.sessionId()).isEqualTo(atTheEnd.sessionId());
        assertThat(later.session().painAfter()).isEqualTo(3);
        assertThat(later.session().note()).isEqualTo("easier now");
        assertThat(members.count("completed_session", member)).isEqualTo(1);
        assertThat(sessions.findByClientId(id).orElseThrow().painAfter()).isEqualTo(3);

        CompletedSession cleared = sessions.updateAfterwards(member, id, null, "");
        assertThat(cleared.painAfter()).isNull();
        assertThat(cleared.note()).isNull();
        assertThat(cleared.stepsCompleted()).isEqualTo(4); // what the timer measured stays
    }

    @Test
    void aSessionStoppedEarlyKeepsWhyAndTheNoteIsCapped() {
        long member = members.create();
        RecordedSession stopped = sessions.record(member, new SessionSubmission(UUID.randomUUID(), 501, 2, STARTED,
                FINISHED, 1, 4, 200, 4, null, null, null, StopReason.OTHER, "  the phone rang  "));
        assertThat(stopped.session().stopReason()).isEqualTo(StopReason.OTHER);
        assertThat(stopped.session().stopNote()).isEqualTo("the phone rang");
        assertThat(sessions.findByClientId(stopped.session().clientSessionId()).orElseThrow().stopReason())
                .isEqualTo(StopReason.OTHER);

        String tooLong = "x".repeat(CompletedSessionService.STOP_NOTE_MAX_LENGTH + 1);
        assertThatThrownBy(() -> sessions.record(member, new SessionSubmission(UUID.randomUUID(), 501, 2, STARTED,
                FINISHED, 1, 4, 200, 4, null, null, null, StopReason.PAIN, tooLong)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("stopNote"));
        // a note without a reason is not kept (the database refuses it: a note explains a reason)
        RecordedSession noReason = sessions.record(member, new SessionSubmission(UUID.randomUUID(), 501, 2, STARTED,
                FINISHED, 1, 4, 200, 4, null, null, null, null, "just because"));
        assertThat(noReason.session().stopNote()).isNull();
    }

    @Test
    void onlyTheOwnerCanUpdateASessionAndBadValuesAreRefused() {
        long owner = members.create();
        long other = members.create();
        UUID id = UUID.randomUUID();
        sessions.record(owner, submission(id));
        assertThatThrownBy(() -> sessions.updateAfterwards(other, id, 9, "not mine"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("clientSessionId"));
        assertThatThrownBy(() -> sessions.updateAfterwards(owner, UUID.randomUUID(), 2, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sessions.updateAfterwards(owner, id, 11, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("painAfter").orElseThrow()).contains("between 0 and 10"));
        CompletedSession stored = sessions.findByClientId(id).orElseThrow();
        assertThat(stored.painAfter()).isEqualTo(4);
        assertThat(stored.note()).isEqualTo("felt looser");
    }

    @Test
    void aRoutineSkippedThroughInSecondsIsNotComplete() {
        long member = members.create();
        CompletedSession skipped = sessions.record(member, timed(UUID.randomUUID(), 3, 6, List.of(1, 0, 0))).session();
        // the client claimed 3 of 3; only the step without a hold counts
        assertThat(skipped.stepsCompleted()).isEqualTo(1);
        assertThat(skipped.fullyCompleted()).isFalse();
        assertThat(skipped.holdSecondsHeld()).isEqualTo(1);
        assertThat(skipped.holdSecondsPlanned()).isEqualTo(90);
    }

    @Test
    void aStepIsDoneOnlyWhenMoreThanHalfOfItsHoldRan() {
        long member = members.create();
        assertThat(sessions.record(member, timed(UUID.randomUUID(), 0, 200, List.of(30, 15, 0))).session()
                .stepsCompleted()).as("exactly half is not most").isEqualTo(1);
        assertThat(sessions.record(member, timed(UUID.randomUUID(), 0, 200, List.of(31, 16, 0))).session()
                .stepsCompleted()).isEqualTo(3);
        CompletedSession held = sessions.record(member, timed(UUID.randomUUID(), 3, 200, List.of(60, 30, 0))).session();
        assertThat(held.fullyCompleted()).isTrue();
        assertThat(held.holdSecondsHeld()).isEqualTo(90);
        assertThat(held.holdSecondsPlanned()).isEqualTo(90);
        Integer[] perStep = jdbc.sql("select step_hold_seconds from completed_session where id = ?").param(held.id())
                .query((rs, n) -> (Integer[]) rs.getArray(1).getArray()).single();
        assertThat(perStep).containsExactly(60, 30, 0);
    }

    @Test
    void sessionsWithoutMeasuredHoldsKeepTheirStepsAndShowNoHoldTime() {
        CompletedSession old = sessions.record(members.create(), submission(UUID.randomUUID())).session();
        assertThat(old.stepsCompleted()).isEqualTo(4);
        assertThat(old.holdSecondsHeld()).isNull();
        assertThat(old.holdSecondsPlanned()).isNull();
    }

    @Test
    void refusesHoldTimesThatCannotBeTrue() {
        long member = members.create();
        UUID id = UUID.randomUUID();
        expectRefused(member, timed(id, 0, 200, List.of(10, 10)), "stepHoldSeconds", "for 2 steps, not 3");
        expectRefused(member, timed(id, 0, 200, List.of(10, -1, 0)), "stepHoldSeconds", "negative");
        expectRefused(member, timed(id, 0, 60, List.of(60, 30, 0)), "stepHoldSeconds", "longer than the session lasted");
        assertThat(sessions.findByClientId(id)).isEmpty();
    }

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    static SessionSubmission submission(UUID id) {
        return new SessionSubmission(id, 501, 2, STARTED, FINISHED, 4, 4, 720, 6, 4, "felt looser");
    }

    @Test
    void recordsASessionOnceEvenWhenSubmittedTwice() {
        long member = members.create();
        UUID id = UUID.randomUUID();
        RecordedSession first = sessions.record(member, submission(id));
        RecordedSession again = sessions.record(member, submission(id));

        assertThat(first.newlyRecorded()).isTrue();
        assertThat(again.newlyRecorded()).isFalse();
        assertThat(again.sessionId()).isEqualTo(first.sessionId());
        assertThat(members.count("completed_session", member)).isEqualTo(1);
        CompletedSession stored = first.session();
        assertThat(stored.day()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(stored.painBefore()).isEqualTo(6);
        assertThat(stored.painAfter()).isEqualTo(4);
        assertThat(stored.fullyCompleted()).isTrue();
        assertThat(sessions.list(member, stored.day(), stored.day())).containsExactly(stored);
    }

    @Test
    void concurrentDuplicateSubmissionsStoreOneRow() throws Exception {
        long member = members.create();
        UUID id = UUID.randomUUID();
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<RecordedSession> a = CompletableFuture.supplyAsync(() -> submitAfter(start, member, id), clients);
        CompletableFuture<RecordedSession> b = CompletableFuture.supplyAsync(() -> submitAfter(start, member, id), clients);
        RecordedSession ra = a.get(20, TimeUnit.SECONDS);
        RecordedSession rb = b.get(20, TimeUnit.SECONDS);
        assertThat(ra.sessionId()).isEqualTo(rb.sessionId());
        assertThat(ra.newlyRecorded() ^ rb.newlyRecorded()).isTrue();
        assertThat(members.count("completed_session", member)).isEqualTo(1);
    }

    @Test
    void theDayIsTheMembersLocalDayAtTheStart() {
        long member = members.create("Pacific/Honolulu"); // 07:30Z is 21:30 the day before there
        CompletedSession stored = sessions.record(member, submission(UUID.randomUUID())).session();
        assertThat(stored.day()).isEqualTo(LocalDate.of(2026, 3, 14));
    }

    @Test
    void anotherMembersSessionIdIsRefusedWithoutRevealingIt() {
        long owner = members.create();
        long other = members.create();
        UUID id = UUID.randomUUID();
        sessions.record(owner, submission(id));
        assertThatThrownBy(() -> sessions.record(other, submission(id)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("clientSessionId"));
        assertThat(members.count("completed_session", other)).isZero();
    }

    @Test
    void refusesBadSubmissionsWithClearMessagesAndStoresNothing() {
        long member = members.create();
        UUID id = UUID.randomUUID();
        expectRefused(member, new SessionSubmission(id, 501, 2, FINISHED, STARTED, 4, 4, 720, null, null, null),
                "finishedAt", "cannot finish before it started");
        expectRefused(member, new SessionSubmission(id, 501, 2, STARTED, FINISHED, 5, 4, 720, null, null, null),
                "stepsCompleted", "cannot exceed");
        expectRefused(member, new SessionSubmission(id, 999, 1, STARTED, FINISHED, 1, 4, 720, null, null, null),
                "routineId", "Unknown routine 999");
        expectRefused(member, new SessionSubmission(id, 501, 3, STARTED, FINISHED, 1, 4, 720, null, null, null),
                "routineId", "Unknown routine 501 (version 3)");
        expectRefused(member, new SessionSubmission(id, 501, 2, STARTED, FINISHED, 3, 3, 720, null, null, null),
                "stepsTotal", "has 4 steps");
        expectRefused(member, new SessionSubmission(id, 501, 2, STARTED, FINISHED, 4, 4, 720, 11, -1, null),
                "painBefore", "between 0 and 10");
        expectRefused(member, new SessionSubmission(id, 501, 2, STARTED, FINISHED, 4, 4, 720, 11, -1, null),
                "painAfter", "between 0 and 10");
        expectRefused(member, new SessionSubmission(id, 501, 2, STARTED, FINISHED, 4, 4, 720, null, null, "n".repeat(1001)),
                "note", "at most 1000");
        expectRefused(member, new SessionSubmission(id, 501, 2, STARTED, Instant.parse("2026-03-15T13:00:00Z"), 4, 4,
                720, null, null, null), "finishedAt", "future");
        expectRefused(member, new SessionSubmission(null, 501, 2, STARTED, FINISHED, 4, 4, 720, null, null, null),
                "clientSessionId", "no id");
        assertThat(members.count("completed_session", member)).isZero();
        assertThat(sessions.findByClientId(id)).isEmpty();
    }

    private RecordedSession submitAfter(CyclicBarrier start, long member, UUID id) {
        try {
            start.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return sessions.record(member, submission(id));
    }

    private void expectRefused(long member, SessionSubmission s, String field, String messagePart) {
        assertThatThrownBy(() -> sessions.record(member, s))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor(field).orElseThrow()).contains(messagePart));
    }
}
