package org.upright.portal.scheduling;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.PasswordLinkCleanup;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.cohort.ClientProgressUpkeep;
import org.upright.tracker.digest.CoachDigestJob;
import org.upright.tracker.reminder.ReminderJob;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Scheduled jobs under ShedLock: on two nodes sharing one database each turn of a job runs once. */
@SpringBootTest
class ScheduledJobLockTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PasswordLinkCleanup cleanup;
    @Autowired
    ClientProgressUpkeep upkeep;
    @Autowired
    ReminderJob reminders;
    @Autowired
    CoachDigestJob digests;

    /**
     * Frees a job's lock as its end would, keeping the row: ShedLock remembers which rows it has
     * created and only updates those, so a row deleted behind its back could never be locked again.
     */
    private void release(String lock) {
        jdbc.sql("update shedlock set lock_until = now() - interval '1 minute' where name = ?").param(lock).update();
    }

    private boolean locked(String lock) {
        return jdbc.sql("select exists (select 1 from shedlock where name = ? and lock_until > now())")
                .param(lock).query(Boolean.class).single();
    }

    @BeforeEach
    void noOneHoldsTheCleanupLock() {
        release(PasswordLinkCleanup.LOCK);
    }

    @Test
    void twoNodesFiringTogetherRunEachTurnOnce() throws Exception {
        // two nodes: each with its own lock provider and connections, one database
        List<DefaultLockingTaskExecutor> nodes = List.of(
                new DefaultLockingTaskExecutor(SchedulingConfiguration.lockProvider(new JdbcTemplate(dataSource))),
                new DefaultLockingTaskExecutor(SchedulingConfiguration.lockProvider(new JdbcTemplate(dataSource))));
        String job = "test-job-" + UUID.randomUUID();
        List<Integer> runsPerTurn = new ArrayList<>();
        for (int turn = 0; turn < 3; turn++) {
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch fire = new CountDownLatch(1);
            List<CompletableFuture<Void>> firing = nodes.stream().map(node -> CompletableFuture.runAsync(() -> {
                await(fire);
                node.executeWithLock((Runnable) runs::incrementAndGet, new LockConfiguration(Instant.now(), job,
                        Duration.ofSeconds(30), Duration.ofMillis(800)));
            })).toList();
            fire.countDown();
            for (CompletableFuture<Void> f : firing) {
                f.get(30, TimeUnit.SECONDS);
            }
            runsPerTurn.add(runs.get());
            Thread.sleep(1200); // the next turn, after lockAtLeastFor
        }
        assertThat(runsPerTurn).containsExactly(1, 1, 1);
    }

    @Test
    void theCleanupDeletesExpiredLinksOnlyAndSkipsItsTurnWhileAnotherNodeRunsIt() {
        AccountProfile member = accounts.create(Role.MEMBER);
        long expired = link(member, Instant.now().minus(Duration.ofDays(2)), Instant.now().minus(Duration.ofDays(1)));
        long open = link(member, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(1)));

        LockProvider otherNode = SchedulingConfiguration.lockProvider(new JdbcTemplate(dataSource));
        SimpleLock held = otherNode.lock(new LockConfiguration(Instant.now(), PasswordLinkCleanup.LOCK,
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        cleanup.deleteExpiredLinks();
        assertThat(exists(expired)).as("the other node holds the job").isTrue();

        held.unlock();
        cleanup.deleteExpiredLinks();
        assertThat(exists(expired)).isFalse();
        assertThat(exists(open)).isTrue();
    }

    @Test
    void theClientListsDayChangeRunsUnderItsLock() {
        release(ClientProgressUpkeep.LOCK);
        // through the bean's proxy, as the scheduler calls it: the lock stays taken for lockAtLeastFor
        upkeep.dayChangeTurn();
        assertThat(locked(ClientProgressUpkeep.LOCK)).isTrue();
    }

    @Test
    void theDailyRemindersRunUnderTheirLock() {
        release(ReminderJob.LOCK);
        reminders.sendDueTurn();
        assertThat(locked(ReminderJob.LOCK)).isTrue();
    }

    @Test
    void theCoachDigestsRunUnderTheirLock() {
        release(CoachDigestJob.LOCK);
        digests.sendDueTurn();
        assertThat(locked(CoachDigestJob.LOCK)).isTrue();
    }

    private long link(AccountProfile account, Instant created, Instant expires) {
        return jdbc.sql("insert into password_link (account_id, token_hash, created_at, expires_at) values (?, ?, ?, ?) returning id")
                .params(account.id(), UUID.randomUUID().toString().replace("-", ""), Timestamp.from(created), Timestamp.from(expires))
                .query(Long.class).single();
    }

    private boolean exists(long linkId) {
        return jdbc.sql("select exists (select 1 from password_link where id = ?)").param(linkId).query(Boolean.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
