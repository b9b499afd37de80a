package org.upright.portal.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;
import org.upright.accounts.mfa.AuthenticatorSetup;
import org.upright.accounts.mfa.SecondFactorSignIn;

import java.util.List;
import java.util.Optional;

/**
 * What the second-step pages show for the current browser session: which step is due, for whom,
 * the authenticator set-up and the recovery codes to show once. The forms on those pages post to
 * {@link SecondFactorFilter}, which checks the codes.
 */
@Component
public class SecondStep {

    /** The steps and their pages; a form posts to the same address. */
    public enum Step {
        /** enter a code from the app or a recovery code */
        CODE("login/code"),
        /** set up an authenticator app (the role requires one) */
        ENROL("login/enrol"),
        /** the recovery codes of the new set-up, shown once */
        RECOVERY_CODES("login/recovery-codes");

        private final String route;

        Step(String route) {
            this.route = route;
        }

        /** The page's route, relative to the app (as a form action). */
        public String route() {
            return route;
        }

        String path() {
            return "/" + route;
        }
    }

    /** The query parameters the pages read: what went wrong with the last post. */
    public static final String WRONG = "wrong";
    public static final String EMPTY = "empty";
    /** Names of the form fields. */
    public static final String CODE_PARAMETER = "code";

    private final SecondFactorSignIn signIn;

    SecondStep(SecondFactorSignIn signIn) {
        this.signIn = signIn;
    }

    public Optional<Step> step() {
        return pending().map(PendingSignIn::step);
    }

    public String username() {
        return pending().map(PendingSignIn::username).orElse("");
    }

    /** The secret and QR code to add to the app (the same one until confirmed); only in the enrol step. */
    public AuthenticatorSetup setup() {
        PendingSignIn pending = pending().filter(p -> p.step() == Step.ENROL)
                .orElseThrow(() -> new IllegalStateException("No enrolment due"));
        return signIn.setUp(pending.challenge());
    }

    /** The new recovery codes; only in the last step of an enrolment. */
    public List<String> recoveryCodes() {
        return pending().map(PendingSignIn::recoveryCodes).orElse(List.of());
    }

    private static Optional<PendingSignIn> pending() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        return PendingSignIn.in(session);
    }
}
