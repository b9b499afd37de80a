package org.upright.accounts.mfa;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Proof that a password was just checked and a second step is due: only
 * {@link SecondFactorSignIn#challengeAfterPassword} makes one, and the sign-in steps take it
 * instead of a bare username. It expires after {@link SecondFactorSettings#pendingLifetime()}
 * (5 minutes unless configured). {@code enrolled} is false when
 * the account must first set up an authenticator app (its role requires one).
 */
public final class SignInChallenge implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final boolean enrolled;
    private final Instant expiresAt;

    SignInChallenge(long accountId, String username, boolean enrolled, Instant issuedAt, Duration lifetime) {
        this.accountId = accountId;
        this.username = username;
        this.enrolled = enrolled;
        this.expiresAt = issuedAt.plus(lifetime);
    }

    long accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    public boolean enrolled() {
        return enrolled;
    }

    public boolean expiredAt(Instant now) {
        return now.isAfter(expiresAt);
    }

    @Override
    public String toString() {
        return "SignInChallenge[" + username + (enrolled ? "" : ", to enrol") + "]";
    }
}
