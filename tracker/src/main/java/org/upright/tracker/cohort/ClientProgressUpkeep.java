package org.upright.tracker.cohort;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.upright.content.shared.StartupTask;
import org.upright.kernel.actor.Actors;

/**
 * Keeps the client list current without a write: every few minutes (one node of the cluster, by
 * ShedLock) the rows of members whose local day has changed since they were computed are
 * recomputed, since "today" moves program days, adherence windows and staleness. At start-up,
 * before the portal takes requests, the member list is checked against accounts and every row
 * missing, computed for another day or by other rules ({@link RulesVersion}) is computed.
 */
@Component
@Order(ClientProgressUpkeep.ORDER)
public class ClientProgressUpkeep implements StartupTask {

    /** After the starter content and the demo data, which write through the services. */
    public static final int ORDER = 100;
    public static final String LOCK = "client-progress-day-change";

    private static final Logger log = LoggerFactory.getLogger(ClientProgressUpkeep.class);

    private final ClientProgressRefresh refresh;

    ClientProgressUpkeep(ClientProgressRefresh refresh) {
        this.refresh = refresh;
    }

    @Override
    public void runAtStartup() {
        long started = System.nanoTime();
        // nobody is signed in: the program schedules come through content's checked services
        int removed = Actors.callAsSystem(refresh::syncMembers);
        int computed = Actors.callAsSystem(() -> refresh.refreshOutOfDate(null));
        log.info("Client list checked: {} rows computed, {} removed ({} ms)", computed, removed,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The job's turn, on one node at a time. Returns nothing: ShedLock refuses to lock a method that
     * returns a primitive (it would have no value to return when another node holds the lock).
     */
    @Scheduled(cron = "${upright.jobs.client-progress.cron:0 */5 * * * *}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void dayChangeTurn() {
        refreshChangedDays();
    }

    /** Recomputes the rows whose member's day changed; returns how many. */
    public int refreshChangedDays() {
        int computed = Actors.callAsSystem(() -> refresh.refreshOutOfDate(null));
        if (computed > 0) {
            log.info("Client list: {} rows recomputed for a new day", computed);
        }
        return computed;
    }
}
