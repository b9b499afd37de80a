package org.upright.accounts.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How sign-in guessing is slowed down ({@code upright.sign-in.*}). After {@code maxFailures}
 * failed sign-ins for one account name, or {@code maxFailuresPerAddress} from one client address,
 * that key is locked for {@code firstLock}; every further failure doubles the lock, up to
 * {@code maxLock}. Failures are forgotten once {@code window} has passed since the last failure or
 * the end of its lock, and an account's failures are forgotten when it signs in.
 */
@ConfigurationProperties("upright.sign-in")
public record SignInLimits(Integer maxFailures, Integer maxFailuresPerAddress, Duration window, Duration firstLock,
                           Duration maxLock) {

    public SignInLimits {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 5 : maxFailuresPerAddress;
        window = window == null ? Duration.ofMinutes(15) : window;
        firstLock = firstLock == null ? Duration.ofMinutes(1) : firstLock;
        maxLock = maxLock == null ? Duration.ofHours(1) : maxLock;
        if (maxFailures < 1 || maxFailuresPerAddress < 1 || window.isNegative() || firstLock.isNegative()
                || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("upright.sign-in: limits must be positive and max-lock >= first-lock");
        }
    }

    /** The lock after {@code failures} failures on a key whose limit is {@code limit}; zero below it. */
    Duration lockAfter(int failures, int limit) {
        if (failures < limit) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - limit, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
