package org.upright.portal.language;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.upright.accounts.AccountService;
import org.upright.kernel.i18n.Language;

import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides each request's language, for Vaadin's views and for the domain's own messages alike
 * (both read Spring's LocaleContextHolder): the one chosen on the profile, else the browser's
 * first supported one, else English. Runs after Spring Security so it knows who is signed in;
 * the profile's choice is read once per session and sign-in. The request passed on reports the
 * decided locale, so whatever else asks the request (Spring, Vaadin) hears the same language.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class LanguageFilter extends OncePerRequestFilter {

    /** The session's language, remembered with the name it was looked up for (a sign-in changes it). */
    record Choice(String username, Language chosen) implements Serializable {
    }

    static final String SESSION_ATTRIBUTE = LanguageFilter.class.getName();

    private final AccountService accounts;

    LanguageFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale previous = LocaleContextHolder.getLocale();
        Locale locale = resolve(request).locale();
        LocaleContextHolder.setLocale(locale);
        try {
            chain.doFilter(new DecidedLanguageRequest(request, locale), response);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    /** The request as the rest of the chain sees it: its locale is the decided one, so Vaadin and Spring agree with us. */
    private static final class DecidedLanguageRequest extends HttpServletRequestWrapper {
        private final Locale locale;

        DecidedLanguageRequest(HttpServletRequest request, Locale locale) {
            super(request);
            this.locale = locale;
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(List.of(locale));
        }
    }

    private Language resolve(HttpServletRequest request) {
        return chosen(request).orElseGet(() -> fromBrowser(request));
    }

    private Optional<Language> chosen(HttpServletRequest request) {
        String username = signedInName();
        if (username == null) {
            return Optional.empty();
        }
        Optional<Choice> remembered = remembered(request, username);
        if (remembered.isPresent()) {
            return Optional.ofNullable(remembered.get().chosen());
        }
        HttpSession session = request.getSession(false);
        Language chosen = accounts.findByUsername(username).map(p -> p.language()).orElse(null);
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, new Choice(username, chosen));
        }
        return Optional.ofNullable(chosen);
    }

    /** The choice this session remembered for {@code username}; empty before the first lookup or after another sign-in. */
    static Optional<Choice> remembered(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Choice c && c.username().equals(username)
                ? Optional.of(c) : Optional.empty();
    }

    /** The first of the browser's languages (Accept-Language, in its order of preference) that Upright speaks. */
    static Language fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Language.ENGLISH;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            Optional<Language> spoken = Language.ofCode(locale.getLanguage());
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        return Language.ENGLISH;
    }

    static String signedInName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken ? null : auth.getName();
    }
}
