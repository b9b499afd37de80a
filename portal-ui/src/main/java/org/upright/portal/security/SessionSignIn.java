package org.upright.portal.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When a session signed in, kept as a session attribute and compared with the account's
 * {@code sessions_valid_after}. The first authenticated request after the sign-in stamps it
 * (the sign-in request itself only redirects); a sign-in with a second step is stamped with the
 * time its password was checked.
 */
public final class SessionSignIn {

    public static final String ATTRIBUTE = SessionSignIn.class.getName() + ".at";

    private SessionSignIn() {
    }

    static Instant signedInAt(HttpSession session) {
        Object stamp = session.getAttribute(ATTRIBUTE);
        if (stamp instanceof Instant at) {
            return at;
        }
        Instant now = now();
        session.setAttribute(ATTRIBUTE, now);
        return now;
    }

    /**
     * Keeps the current browser session signed in after its own account revoked sessions (for
     * example after changing the password here): only the other sessions end.
     */
    public static void renewCurrent() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, now());
        }
    }

    private static Instant now() {
        // microseconds, like the database column it is compared with
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
