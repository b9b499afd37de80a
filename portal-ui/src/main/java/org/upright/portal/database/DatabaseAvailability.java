package org.upright.portal.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Whether the database answers, asked at most once a second (twice as rarely while it is down),
 * so that during an outage page loads get their answer without each one waiting for the pool's
 * connection timeout.
 */
@Component
public class DatabaseAvailability {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAvailability.class);
    static final Duration TRUST_UP = Duration.ofSeconds(1);
    static final Duration TRUST_DOWN = Duration.ofSeconds(2);

    private final DataSource dataSource;
    // pacing only, not a time anyone sees: a monotonic clock, unaffected by test clocks
    private volatile long checkedAtNanos;
    private volatile boolean checked;
    private volatile boolean up = true;

    DatabaseAvailability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean reachable() {
        if (checked && System.nanoTime() - checkedAtNanos < (up ? TRUST_UP : TRUST_DOWN).toNanos()) {
            return up;
        }
        boolean answered = ask();
        if (answered != up) {
            if (answered) {
                LOG.info("The database answers again");
            } else {
                LOG.warn("The database does not answer: page loads get the 'temporarily unavailable' page");
            }
        }
        up = answered;
        checkedAtNanos = System.nanoTime();
        checked = true;
        return answered;
    }

    /** A request failed because the database is gone: the next page loads need not ask again. */
    public void markDown() {
        up = false;
        checkedAtNanos = System.nanoTime();
        checked = true;
    }

    private boolean ask() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
