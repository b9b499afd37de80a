package org.upright.portal.language;

import com.vaadin.flow.server.WrappedSession;
import org.upright.accounts.AccountProfile;

/** The session's remembered choice of language, which {@link LanguageFilter} reads on every request. */
public final class SessionLanguage {

    private SessionLanguage() {
    }

    /** Remembers the language now on {@code profile} (null: follow the browser) for the rest of the session. */
    public static void remember(WrappedSession session, AccountProfile profile) {
        session.setAttribute(LanguageFilter.SESSION_ATTRIBUTE, new LanguageFilter.Choice(profile.username(), profile.language()));
    }
}
