package org.upright.accounts.signin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditTarget;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins per account name and per client address in the table
 * {@code sign_in_throttle} (see {@link SignInLimits} for the rule), so the counts survive a
 * restart and are shared by every node. Unknown account names are counted like known ones: the
 * answer never tells whether an account exists. Failed and refused sign-ins go to the audit log.
 */
@Component
@EnableConfigurationProperties(SignInLimits.class)
public class SignInThrottle {

    /** The audit target type of sign-in rows; the label is the client address. */
    public static final String TARGET_TYPE = "SIGN_IN";
    private static final int MAX_NAME = 64;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SignInLimits limits;
    private final Clock clock;
    private final TransactionTemplate transactions;

    public SignInThrottle(JdbcClient jdbc, AuditLog audit, SignInLimits limits, Clock clock,
                          PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * How long sign-in stays refused for this name or address, or empty when it may be tried.
     * A refusal is audited.
     */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(lockOf(accountKey(username), now), lockOf(addressKey(address), now));
        if (wait.isZero()) {
            return Optional.empty();
        }
        transactions.executeWithoutResult(tx -> audit.recordAs(actor(username), AuditAction.SIGN_IN_THROTTLED,
                target(address), "Refused without checking the password for another " + wait.toSeconds() + " s"));
        return Optional.of(wait);
    }

    /** Counts a failed sign-in against the name and the address, and audits it. */
    public void failed(String username, String address, String reason) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(tx -> {
            count(accountKey(username), limits.maxFailures(), now);
            count(addressKey(address), limits.maxFailuresPerAddress(), now);
            audit.recordAs(actor(username), AuditAction.SIGN_IN_FAILED, target(address), reason);
        });
    }

    /**
     * Whether a "forgot password" request for this name (or address) may go ahead. Every request
     * counts, as a failure does (a mail is sent each time), under keys of its own, with the same
     * limits and locks; unknown names count like known ones. A refusal is audited.
     */
    public boolean resetRequestAllowed(String nameOrEmail, String address) {
        Instant now = clock.instant();
        String nameKey = "reset-" + accountKey(nameOrEmail);
        String addressKey = "reset-" + addressKey(address);
        if (!max(lockOf(nameKey, now), lockOf(addressKey, now)).isZero()) {
            transactions.executeWithoutResult(tx -> audit.recordAs(actor(nameOrEmail), AuditAction.SIGN_IN_THROTTLED,
                    target(address), "Password reset request refused after repeated requests"));
            return false;
        }
        transactions.executeWithoutResult(tx -> {
            count(nameKey, limits.maxFailures(), now);
            count(addressKey, limits.maxFailuresPerAddress(), now);
        });
        return true;
    }

    /** A successful sign-in forgets the account's failures (not the address's: one valid account must not reset them). */
    public void succeeded(String username) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = ?").param(accountKey(username)).update();
    }

    private Duration lockOf(String key, Instant now) {
        return jdbc.sql("select locked_until from sign_in_throttle where throttle_key = ?")
                .param(key)
                .query((rs, i) -> Optional.ofNullable(rs.getTimestamp("locked_until")).map(Timestamp::toInstant))
                .optional()
                .flatMap(o -> o)
                .filter(now::isBefore)
                .map(until -> Duration.between(now, until))
                .orElse(Duration.ZERO);
    }

    /** One atomic upsert: a stale row (quiet for a whole window after its last failure or lock) starts again at 1. */
    private void count(String key, int limit, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp staleBefore = Timestamp.from(now.minus(limits.window()));
        int failures = jdbc.sql("""
                        insert into sign_in_throttle (throttle_key, failures, last_failure_at)
                        values (:key, 1, :at)
                        on conflict (throttle_key) do update set
                            failures = case when greatest(sign_in_throttle.last_failure_at,
                                                          coalesce(sign_in_throttle.locked_until, sign_in_throttle.last_failure_at))
                                                 < :staleBefore
                                            then 1 else sign_in_throttle.failures + 1 end,
                            last_failure_at = :at
                        returning failures""")
                .param("key", key).param("at", at).param("staleBefore", staleBefore)
                .query(Integer.class).single();
        Duration lock = limits.lockAfter(failures, limit);
        jdbc.sql("update sign_in_throttle set locked_until = ? where throttle_key = ?")
                .param(lock.isZero() ? null : Timestamp.from(now.plus(lock)))
                .param(key)
                .update();
    }

    static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // longer names cannot be accounts; one key for all of them keeps the table small
        return "account:" + (name.length() > MAX_NAME ? "(over-long)" : name);
    }

    static String addressKey(String address) {
        String a = address == null ? "unknown" : address;
        return "address:" + (a.length() > 100 ? a.substring(0, 100) : a);
    }

    private static String actor(String username) {
        String name = username == null || username.isBlank() ? "(blank)" : username.strip();
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name;
    }

    private static AuditTarget target(String address) {
        return new AuditTarget(TARGET_TYPE, null, address == null ? "unknown address" : address);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
