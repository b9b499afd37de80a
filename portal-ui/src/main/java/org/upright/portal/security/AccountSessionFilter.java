package org.upright.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.upright.accounts.AccountSessions;
import org.upright.portal.database.DatabaseOutage;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Instant;

/**
 * Ends a signed-in session at its next request when its account was disabled, or when the
 * account's sessions were revoked (password reset, role change) after this session signed in.
 * The request then goes on as anonymous, so the usual sign-in redirect follows.
 */
final class AccountSessionFilter extends OncePerRequestFilter {

    private final AccountSessions sessions;

    AccountSessionFilter(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            Instant signedInAt = SessionSignIn.signedInAt(session);
            if (!stillValid(auth.getName(), signedInAt)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Without the database the check cannot be made. The request goes on signed in: whatever it
     * does needs the database too and fails there with its own message, while a failure here would
     * answer Vaadin's request with an error its client re-sends once the database is back, replaying
     * clicks from the outage unseen.
     */
    private boolean stillValid(String username, Instant signedInAt) {
        try {
            return sessions.stillValid(username, signedInAt);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            LOG.warn("Session check skipped: the database does not answer");
            return true;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(AccountSessionFilter.class);

}
