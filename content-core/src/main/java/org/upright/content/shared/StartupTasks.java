package org.upright.content.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs the {@link StartupTask}s while the context starts. Spring Boot would run ApplicationRunners
 * only after the web server already answers; this lifecycle's phase comes before the web server's
 * (which starts in the last phases), so the port opens only when the tasks are done. A failing
 * task stops the start-up. Nodes starting together against one database take turns (a PostgreSQL
 * advisory lock), so the second finds the first one's work done instead of racing it.
 */
@Component
class StartupTasks implements SmartLifecycle {

    /** Early: well before the web server (Spring Boot starts it at Integer.MAX_VALUE - 2048). */
    static final int PHASE = 0;

    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

    /** The advisory lock's key: any number no other code of this database uses ("UPRT"). */
    static final long LOCK_KEY = 0x55505254L;

    private final ObjectProvider<StartupTask> tasks;
    private final ObjectProvider<DataSource> dataSource;
    private volatile boolean running;

    StartupTasks(ObjectProvider<StartupTask> tasks, ObjectProvider<DataSource> dataSource) {
        this.tasks = tasks;
        this.dataSource = dataSource;
    }

    @Override
    public void start() {
        List<StartupTask> ordered = tasks.orderedStream().toList();
        long started = System.nanoTime();
        DataSource db = dataSource.getIfAvailable();
        if (ordered.isEmpty() || db == null) {
            ordered.forEach(StartupTask::runAtStartup);
        } else {
            runOneNodeAtATime(db, ordered);
        }
        running = true;
        log.info("Start-up work done ({} tasks, {} ms)", ordered.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static void runOneNodeAtATime(DataSource db, List<StartupTask> ordered) {
        try (Connection lock = db.getConnection(); Statement statement = lock.createStatement()) {
            statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
            try {
                ordered.forEach(StartupTask::runAtStartup);
            } finally {
                statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the start-up lock", e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
