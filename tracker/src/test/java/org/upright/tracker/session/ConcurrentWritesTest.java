package org.upright.tracker.session;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.tracker.pain.PainRatingService;
import org.upright.tracker.testing.InMemoryRoutineCatalog;
import org.upright.tracker.testing.Members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 threads save ratings and sessions for 20 members at once through the services, on the real
 * PostgreSQL: no call fails (no deadlock, no unique-key error), every acknowledged session is
 * stored exactly once for its member (re-sent ones too), and every (member, day) has exactly one
 * rating, whose score is one that was acknowledged for it. Clock: 2026-03-15T12:00Z.
 */
@SpringBootTest
class ConcurrentWritesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final int THREADS = 50;
    static final int MEMBERS = 20;
    static final int WRITES_PER_THREAD = 20;
    static final int DAYS = 5;

    @Autowired
    PainRatingService ratings;
    @Autowired
    CompletedSessionService sessions;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void routine(@Autowired InMemoryRoutineCatalog catalog) {
        catalog.add(new RoutineInfo(701, 1, "Doorway stretch", 3));
    }

    record SessionAck(long memberId, UUID clientId, long sessionId) {
    }

    @Test
    void fiftyThreadsTwentyMembersEveryAcknowledgedWriteExactlyOnce() throws Exception {
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            people.add(members.create());
        }
        Map<String, Set<Integer>> acknowledgedScores = new ConcurrentHashMap<>();
        List<SessionAck> acknowledgedSessions = java.util.Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                work.add(pool.submit(() -> {
                    start.await();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < WRITES_PER_THREAD; i++) {
                        long member = people.get(random.nextInt(MEMBERS));
                        if (random.nextBoolean()) {
                            LocalDate day = TODAY.minusDays(random.nextInt(DAYS));
                            int score = random.nextInt(11);
                            ratings.save(member, new PainRatingInput(day, score, Set.of(), null));
                            acknowledgedScores.computeIfAbsent(member + "/" + day, k -> ConcurrentHashMap.newKeySet()).add(score);
                        } else {
                            UUID id = UUID.randomUUID();
                            Instant started = Instant.parse("2026-03-15T07:00:00Z").plusSeconds(random.nextInt(3600));
                            SessionSubmission s = new SessionSubmission(id, 701, 1, started, started.plusSeconds(300),
                                    3, 3, 300, 4, null, null);
                            RecordedSession first = sessions.record(member, s);
                            // the timer re-sends when it did not see the answer: still one session
                            RecordedSession again = sessions.record(member, s);
                            assertThat(again.sessionId()).isEqualTo(first.sessionId());
                            acknowledgedSessions.add(new SessionAck(member, id, first.sessionId()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(120, TimeUnit.SECONDS); // a failure (deadlock, duplicate key) surfaces here
            }
        } finally {
            pool.shutdownNow();
        }

        for (SessionAck ack : acknowledgedSessions) {
            assertThat(jdbc.sql("select count(*) from completed_session where client_session_id = ? and member_id = ? and id = ?")
                    .params(ack.clientId(), ack.memberId(), ack.sessionId()).query(Long.class).single())
                    .as("session %s", ack.clientId()).isEqualTo(1L);
        }
        long storedSessions = jdbc.sql("select count(*) from completed_session where member_id in (:m)")
                .param("m", people).query(Long.class).single();
        assertThat(storedSessions).isEqualTo(acknowledgedSessions.size());

        acknowledgedScores.forEach((key, scores) -> {
            String[] parts = key.split("/");
            List<Integer> stored = jdbc.sql("select score from pain_rating where member_id = ? and day = ?")
                    .params(Long.parseLong(parts[0]), LocalDate.parse(parts[1])).query(Integer.class).list();
            assertThat(stored).as("ratings of %s", key).hasSize(1);
            assertThat(scores).as("acknowledged scores of %s", key).contains(stored.getFirst());
        });
        long storedRatings = jdbc.sql("select count(*) from pain_rating where member_id in (:m)")
                .param("m", people).query(Long.class).single();
        assertThat(storedRatings).isEqualTo(acknowledgedScores.size());
        assertThat(acknowledgedSessions.size() + acknowledgedScores.size()).isGreaterThan(THREADS);
    }
}
