package org.upright.accounts;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Deletes set-password links and e-mail confirmations whose time is up (used or not): they can no
 * longer do anything, and a token hash kept forever is one more thing to leak. Hourly by default
 * ({@code upright.jobs.password-link-cleanup.cron}); on several nodes one of them runs it.
 */
@Component
public class PasswordLinkCleanup {

    /** The job's lock; held at least a minute so a node whose clock is a little behind skips the same turn. */
    public static final String LOCK = "password-link-cleanup";

    private static final Logger log = LoggerFactory.getLogger(PasswordLinkCleanup.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    PasswordLinkCleanup(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${upright.jobs.password-link-cleanup.cron:0 23 * * * *}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    @Transactional
    public void deleteExpiredLinks() {
        int deleted = deleteExpiredBefore(Instant.now(clock));
        if (deleted > 0) {
            log.info("Deleted {} expired set-password links and e-mail confirmations", deleted);
        }
    }

    int deleteExpiredBefore(Instant now) {
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        return jdbc.sql("delete from password_link where expires_at < ?").param(at).update()
                + jdbc.sql("delete from email_confirmation where expires_at < ?").param(at).update();
    }
}
