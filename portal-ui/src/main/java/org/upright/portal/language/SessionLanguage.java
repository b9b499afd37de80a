package org.upright.portal.language;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.i18n.Language;

import java.util.Optional;

/** The session's remembered choice of language, which {@link LanguageFilter} reads on every request. */
public final class SessionLanguage {

    private SessionLanguage() {
    }

    /** Remembers the language now on {@code profile} (null: follow the browser) for the rest of the session. */
    public static void remember(WrappedSession session, AccountProfile profile) {
        session.setAttribute(LanguageFilter.SESSION_ATTRIBUTE, new LanguageFilter.Choice(profile.username(), profile.language()));
    }

    /**
     * The request's language as far as it is known without the database (for the outage page):
     * the choice this session remembered for whoever is signed in, else the browser's.
     */
    public static Language withoutDatabase(HttpServletRequest request) {
        String username = LanguageFilter.signedInName();
        return (username == null ? Optional.<LanguageFilter.Choice>empty() : LanguageFilter.remembered(request, username))
                .map(LanguageFilter.Choice::chosen)
                .orElseGet(() -> LanguageFilter.fromBrowser(request));
    }
}
