package org.upright.portal.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.upright.accounts.mfa.SignInChallenge;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A session whose password was right but whose second step is not done: kept as a session
 * attribute while the session itself stays anonymous, so nothing but the second-step pages can be
 * reached ({@link SecondFactorFilter}). It holds the checked password's authentication, which
 * becomes the session's once the code passes, and after an enrolment the recovery codes to show once.
 */
final class PendingSignIn implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = PendingSignIn.class.getName();

    private final SignInChallenge challenge;
    private final Authentication password;
    private final Instant passwordAt;
    private final List<String> recoveryCodes;

    PendingSignIn(SignInChallenge challenge, Authentication password, Instant passwordAt) {
        this(challenge, password, passwordAt, null);
    }

    private PendingSignIn(SignInChallenge challenge, Authentication password, Instant passwordAt,
                          List<String> recoveryCodes) {
        this.challenge = challenge;
        this.password = password;
        this.passwordAt = passwordAt;
        this.recoveryCodes = recoveryCodes == null ? null : List.copyOf(recoveryCodes);
    }

    static Optional<PendingSignIn> in(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(ATTRIBUTE)).map(PendingSignIn.class::cast);
    }

    /** The same, read through the session of a Vaadin request (the second-step views). */
    static Optional<PendingSignIn> in(com.vaadin.flow.server.WrappedSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(ATTRIBUTE)).map(PendingSignIn.class::cast);
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static void clear(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** After a confirmed enrolment: a fresh challenge (the enrolment proved the app) and the codes to show. */
    PendingSignIn withRecoveryCodes(SignInChallenge fresh, List<String> codes) {
        return new PendingSignIn(fresh, password, passwordAt, codes);
    }

    SecondStep.Step step() {
        if (recoveryCodes != null) {
            return SecondStep.Step.RECOVERY_CODES;
        }
        return challenge.enrolled() ? SecondStep.Step.CODE : SecondStep.Step.ENROL;
    }

    SignInChallenge challenge() {
        return challenge;
    }

    Authentication password() {
        return password;
    }

    Instant passwordAt() {
        return passwordAt;
    }

    List<String> recoveryCodes() {
        return recoveryCodes == null ? List.of() : recoveryCodes;
    }

    String username() {
        return challenge.username();
    }

    @Override
    public String toString() {
        return "PendingSignIn[" + challenge + ", " + step() + "]";
    }
}
