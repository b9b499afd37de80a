package org.upright.tracker.testing;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Two scheduler nodes firing the same job at the same moment, as two portal nodes do at a tick:
 * each with its own ShedLock provider and connections on the one database ({@link #underLock}),
 * or both straight into the job, to show it claims its work safely even without the lock ({@link #unlocked}).
 */
public final class TwoNodes {

    private TwoNodes() {
    }

    /** Runs {@code job} on two nodes at once under the lock {@code lock}, waits for both, then gives the lock back. */
    public static void underLock(DataSource dataSource, String lock, Runnable job) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("update shedlock set lock_until = now() where name = ?", lock); // free from an earlier run
        List<DefaultLockingTaskExecutor> nodes = List.of(node(dataSource), node(dataSource));
        together(nodes.stream().map(node -> (Runnable) () -> node.executeWithLock(job,
                new LockConfiguration(Instant.now(), lock, Duration.ofMinutes(30), Duration.ofMinutes(1)))).toList());
        // ShedLock only updates rows it created, so the row stays: expire it instead of deleting it
        jdbc.update("update shedlock set lock_until = now() where name = ?", lock);
    }

    /** Runs {@code job} twice at once without any lock and waits for both. */
    public static void unlocked(Runnable job) throws Exception {
        together(List.of(job, job));
    }

    private static void together(List<Runnable> runs) throws Exception {
        CountDownLatch fire = new CountDownLatch(1);
        List<CompletableFuture<Void>> started = runs.stream().map(run -> CompletableFuture.runAsync(() -> {
            await(fire);
            run.run();
        })).toList();
        fire.countDown();
        for (CompletableFuture<Void> run : started) {
            run.get(30, TimeUnit.SECONDS);
        }
    }

    private static DefaultLockingTaskExecutor node(DataSource dataSource) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
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
