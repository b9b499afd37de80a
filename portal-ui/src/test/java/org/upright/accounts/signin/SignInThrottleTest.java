package org.upright.accounts.signin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.upright.accounts.audit.AuditLog;
import org.upright.portal.UprightApplication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's rule against the real table, with a clock the test moves. */
@SpringBootTest(classes = UprightApplication.class)
class SignInThrottleTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformTransactionManager transactions;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final SignInLimits limits = new SignInLimits(5, 8, Duration.ofMinutes(15), Duration.ofMinutes(1),
            Duration.ofMinutes(8));
    private SignInThrottle throttle;
    private String name;
    private String address;

    @BeforeEach
    void setUp() {
        throttle = newNode();
        name = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        address = "192.0.2." + (int) (Math.random() * 250);
        jdbc.sql("delete from sign_in_throttle where throttle_key like 'address:1%'").update();
    }

    /** Another portal node, or the same one after a restart: only the table is shared. */
    private SignInThrottle newNode() {
        return new SignInThrottle(jdbc, audit, limits, clock, transactions);
    }

    private void fail(int times, String username, String from) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, from, "test");
        }
    }

    @Test
    void fiveFailuresLockTheAccountForAMinuteAndTheLockGrows() {
        fail(4, name, address);
        assertThat(throttle.lockedFor(name, address)).isEmpty();
        fail(1, name, address);
        assertThat(throttle.lockedFor(name, address)).contains(Duration.ofMinutes(1));
        // another address does not help: the account name is locked
        assertThat(throttle.lockedFor(name, "198.51.100.7")).isPresent();
        // case and spaces do not make another key
        assertThat(throttle.lockedFor(" " + name.toUpperCase() + " ", address)).isPresent();

        clock.move(Duration.ofSeconds(61));
        assertThat(throttle.lockedFor(name, address)).isEmpty();
        fail(1, name, address);
        assertThat(throttle.lockedFor(name, address)).contains(Duration.ofMinutes(2));
        clock.move(Duration.ofMinutes(3));
        fail(1, name, address);
        assertThat(throttle.lockedFor(name, address)).contains(Duration.ofMinutes(4));
        clock.move(Duration.ofMinutes(5));
        fail(3, name, address);
        assertThat(throttle.lockedFor(name, address)).as("capped at max-lock").contains(Duration.ofMinutes(8));
    }

    @Test
    void theLockIsInTheDatabaseSoAnotherNodeOrARestartSeesIt() {
        fail(5, name, address);
        assertThat(newNode().lockedFor(name, "203.0.113.9")).isPresent();
        assertThat(jdbc.sql("select failures from sign_in_throttle where throttle_key = ?")
                .param("account:" + name).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void failuresAreForgottenAfterAQuietWindowOrASuccess() {
        fail(4, name, address);
        clock.move(Duration.ofMinutes(16));
        fail(4, name, address);
        assertThat(throttle.lockedFor(name, address)).as("the first four were forgotten").isEmpty();

        throttle.succeeded(name);
        String another = "198.51.100.20";
        fail(4, name, another);
        assertThat(throttle.lockedFor(name, another)).as("a success forgets the account's failures").isEmpty();
        fail(1, name, another);
        assertThat(throttle.lockedFor(name, another)).isPresent();
    }

    @Test
    void oneAddressTryingManyNamesIsLockedToo() {
        for (int i = 0; i < 8; i++) {
            throttle.failed(name + "-" + i, address, "test");
        }
        assertThat(throttle.lockedFor("someone-else-entirely", address)).contains(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("someone-else-entirely", "198.51.100.8")).isEmpty();
        // a success on some account does not clear the address
        throttle.succeeded("someone-else-entirely");
        assertThat(throttle.lockedFor(name + "-x", address)).isPresent();
    }

    @Test
    void unknownAndOverLongNamesAreCountedLikeAccounts() {
        String huge = "u".repeat(10_000);
        fail(5, huge, address);
        assertThat(throttle.lockedFor(huge, "198.51.100.9")).isPresent();
    }

    @Test
    void failedAndRefusedSignInsAreAudited() {
        fail(5, name, address);
        throttle.lockedFor(name, address);
        assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and action = 'SIGN_IN_FAILED'"
                        + " and target_type = 'SIGN_IN' and target_label = ?")
                .param(name).param(address).query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and action = 'SIGN_IN_THROTTLED'")
                .param(name).query(Integer.class).single()).isEqualTo(1);
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
