package org.upright.accounts.mfa;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The second step of signing in, for the portal's sign-in filters (like the password lookup,
 * it runs before anyone is signed in). Every step takes the {@link SignInChallenge} that only a
 * checked password yields, so nothing here can be reached with a bare username.
 */
@Component
@Transactional
public class SecondFactorSignIn {

    private final SecondFactors factors;
    private final SecondFactorStore store;

    SecondFactorSignIn(SecondFactors factors, SecondFactorStore store) {
        this.factors = factors;
        this.store = store;
    }

    /**
     * Call only after the password of {@code username} was found right: the challenge for the
     * second step, or empty when the account signs in with its password alone (a member who has
     * not turned two-step sign-in on).
     */
    public Optional<SignInChallenge> challengeAfterPassword(String username) {
        return store.account(username).flatMap(account -> {
            boolean enrolled = factors.enrolled(account.id());
            if (!enrolled && !factors.settings().requiredFor(account.role())) {
                return Optional.empty();
            }
            return Optional.of(new SignInChallenge(account.id(), account.username(), enrolled, factors.clock().instant(),
                    factors.settings().pendingLifetime()));
        });
    }

    public boolean expired(SignInChallenge challenge) {
        return challenge.expiredAt(factors.clock().instant());
    }

    /** For a challenge to enrol: the secret and QR code to add to the app (the same one until confirmed). */
    public AuthenticatorSetup setUp(SignInChallenge challenge) {
        require(!challenge.enrolled() && !expired(challenge));
        return factors.setUp(account(challenge));
    }

    /** For a challenge to enrol: confirms with the app's first code; the recovery codes to show once, or empty. */
    public Optional<List<String>> confirm(SignInChallenge challenge, String code) {
        require(!challenge.enrolled() && !expired(challenge));
        return factors.confirm(account(challenge), code);
    }

    /** For an enrolled account: whether the code (app or recovery) passes; a passing code is used up. */
    public Optional<SecondFactorKind> verify(SignInChallenge challenge, String code) {
        require(challenge.enrolled() && !expired(challenge));
        return factors.check(account(challenge), code);
    }

    private SecondFactorStore.AccountRef account(SignInChallenge challenge) {
        return store.account(challenge.accountId()).orElseThrow(() -> new IllegalStateException("Account gone"));
    }

    private static void require(boolean condition) {
        if (!condition) {
            throw new IllegalStateException("This sign-in step does not fit the challenge");
        }
    }
}
