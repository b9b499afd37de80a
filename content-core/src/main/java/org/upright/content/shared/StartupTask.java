package org.upright.content.shared;

/**
 * Work that must be finished before the portal takes its first request: the starter-content
 * import, the demo data. {@link StartupTasks} runs every bean of this type once per start, in
 * {@link org.springframework.core.annotation.Order} order, after Flyway and before the web server
 * opens its port, so nobody ever sees a half-filled library. Implementations must be idempotent
 * (a second start, or a second node, finds the work done).
 */
public interface StartupTask {

    void runAtStartup();
}
