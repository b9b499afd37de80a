package org.upright.tracker.pain;

import java.util.List;
import org.upright.kernel.BodyArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.tracker.testing.Members;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Clock: 2026-03-15T12:00Z (SettableClock.DEFAULT). */
@SpringBootTest
class PainRatingServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Autowired
    PainRatingService ratings;
    @Autowired
    Members members;
    @Autowired
    TransactionTemplate tx;

    // the common pool may have a single thread on a 2-core machine; writers must really overlap
    private final ExecutorService writers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    @Test
    void savingTheSameDayAgainUpdatesTheOneRating() {
        long member = members.create();
        PainRating first = ratings.save(member, new PainRatingInput(TODAY, 6, Set.of(BodyArea.MID_BACK), "stiff"));
        PainRating second = ratings.save(member, new PainRatingInput(TODAY, 4, Set.of(BodyArea.NECK, BodyArea.LOW_BACK), " "));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.score()).isEqualTo(4);
        assertThat(second.bodyAreas()).containsExactlyInAnyOrder(BodyArea.NECK, BodyArea.LOW_BACK);
        assertThat(second.note()).isNull();
        assertThat(members.count("pain_rating", member)).isEqualTo(1);
        assertThat(ratings.today(member)).hasValueSatisfying(r -> assertThat(r.score()).isEqualTo(4));
    }

    @Test
    void twoConcurrentWritersLeaveOneRowAndTheLastValueWins() throws Exception {
        long member = members.create();
        CountDownLatch firstWrote = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            ratings.save(member, new PainRatingInput(TODAY, 3, Set.of(), "first"));
            firstWrote.countDown();
            sleep(400); // hold the row while the second writer arrives
        }), writers);
        assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() ->
                ratings.save(member, new PainRatingInput(TODAY, 8, Set.of(), "second")), writers);
        CompletableFuture.allOf(first, second).get(20, TimeUnit.SECONDS);

        assertThat(members.count("pain_rating", member)).isEqualTo(1);
        assertThat(ratings.find(member, TODAY)).hasValueSatisfying(r -> {
            assertThat(r.score()).isEqualTo(8);
            assertThat(r.note()).isEqualTo("second");
        });
    }

    @Test
    void simultaneousFirstSavesOfADayNeverFail() throws Exception {
        for (int round = 0; round < 5; round++) {
            long member = members.create();
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<PainRating> a = CompletableFuture.supplyAsync(() -> {
                await(start);
                return ratings.save(member, new PainRatingInput(TODAY, 2, Set.of(), null));
            }, writers);
            CompletableFuture<PainRating> b = CompletableFuture.supplyAsync(() -> {
                await(start);
                return ratings.save(member, new PainRatingInput(TODAY, 9, Set.of(), null));
            }, writers);
            assertThat(a.get(20, TimeUnit.SECONDS).id()).isEqualTo(b.get(20, TimeUnit.SECONDS).id());
            assertThat(members.count("pain_rating", member)).isEqualTo(1);
            assertThat(ratings.find(member, TODAY).orElseThrow().score()).isIn(2, 9);
        }
    }

    @Test
    void acceptsTodayAndThirtyDaysBackAndAFullNote() {
        long member = members.create();
        ratings.save(member, new PainRatingInput(TODAY.minusDays(30), 0, Set.of(), "x".repeat(1000)));
        ratings.save(member, new PainRatingInput(TODAY, 10, Set.of(), null));
        assertThat(ratings.list(member, TODAY.minusDays(30), TODAY)).extracting(PainRating::score).containsExactly(10, 0);
        assertThat(ratings.oldestEditableDay(member)).isEqualTo(TODAY.minusDays(30));
    }

    @Test
    void refusesBadInputWithAMessagePerFieldAndStoresNothing() {
        long member = members.create();
        expectRefused(member, new PainRatingInput(TODAY, 11, Set.of(), null), "score", "between 0 and 10");
        expectRefused(member, new PainRatingInput(TODAY, -1, Set.of(), null), "score", "between 0 and 10");
        expectRefused(member, new PainRatingInput(TODAY, null, Set.of(), null), "score", "Choose a score");
        expectRefused(member, new PainRatingInput(TODAY.plusDays(1), 5, Set.of(), null), "day", "not happened yet");
        expectRefused(member, new PainRatingInput(TODAY.minusDays(31), 5, Set.of(), null), "day", "last 30 days");
        expectRefused(member, new PainRatingInput(null, 5, Set.of(), null), "day", "Choose the day");
        expectRefused(member, new PainRatingInput(TODAY, 5, Set.of(), "x".repeat(1001)), "note", "at most 1000");
        assertThat(members.count("pain_rating", member)).isZero();
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        long member = members.create();
        assertThatThrownBy(() -> ratings.save(member, new PainRatingInput(TODAY.plusDays(2), 12, Set.of(), "y".repeat(2000))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldMessages()).containsOnlyKeys("day", "score", "note"));
    }

    @Test
    void todayIsTheMembersLocalDay() {
        long auckland = members.create("Pacific/Auckland"); // 2026-03-16 01:00 there
        long utc = members.create();
        LocalDate aucklandToday = TODAY.plusDays(1);
        ratings.save(auckland, new PainRatingInput(aucklandToday, 5, Set.of(), null));
        assertThat(ratings.today(auckland)).isPresent();
        expectRefused(utc, new PainRatingInput(aucklandToday, 5, Set.of(), null), "day", "not happened yet");
    }

    @Test
    void importedHistoryMayBeOlderThanTheEditWindow() {
        long member = members.create();
        ratings.importHistory(member, java.util.List.of(new PainRatingInput(TODAY.minusDays(59), 7, Set.of(), null),
                new PainRatingInput(TODAY.minusDays(58), 6, Set.of(BodyArea.CORE), "imported")));
        assertThat(ratings.list(member, TODAY.minusDays(60), TODAY)).hasSize(2);
        assertThatThrownBy(() -> ratings.importHistory(member,
                java.util.List.of(new PainRatingInput(TODAY.minusDays(1), 11, Set.of(), null))))
                .isInstanceOf(InvalidInputException.class);
    }

    private void expectRefused(long member, PainRatingInput input, String field, String messagePart) {
        assertThatThrownBy(() -> ratings.save(member, input))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor(field).orElseThrow()).contains(messagePart));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
