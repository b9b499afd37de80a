package org.upright.content.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Runs the {@link StartupTask}s while the context starts. Spring Boot would run ApplicationRunners
 * only after the web server already answers; this lifecycle's phase comes before the web server's
 * (which starts in the last phases), so the port opens only when the tasks are done. A failing
 * task stops the start-up.
 */
@Component
class StartupTasks implements SmartLifecycle {

    /** Early: well before the web server (Spring Boot starts it at Integer.MAX_VALUE - 2048). */
    static final int PHASE = 0;

    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

    private final ObjectProvider<StartupTask> tasks;
    private volatile boolean running;

    StartupTasks(ObjectProvider<StartupTask> tasks) {
        this.tasks = tasks;
    }

    @Override
    public void start() {
        List<StartupTask> ordered = tasks.orderedStream().toList();
        long started = System.nanoTime();
        for (StartupTask task : ordered) {
            task.runAtStartup();
        }
        running = true;
        log.info("Start-up work done ({} tasks, {} ms)", ordered.size(), (System.nanoTime() - started) / 1_000_000);
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
