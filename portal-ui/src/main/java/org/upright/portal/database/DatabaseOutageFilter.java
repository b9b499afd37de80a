package org.upright.portal.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.function.Predicate;

/**
 * While the database is down, a page load (a GET for HTML that is not one of Vaadin's own
 * requests) gets {@link UnavailablePage} instead of hanging or an error. The sign-in page is left
 * alone: it needs no database, and signing in then says that it is unavailable. Vaadin's own
 * requests (clicks, heartbeats) always go on, so each action fails where it was made, with its
 * message, instead of being answered with an error Vaadin's client would re-send later.
 */
public final class DatabaseOutageFilter extends OncePerRequestFilter {

    private final DatabaseAvailability database;
    private final Predicate<HttpServletRequest> frameworkRequest;

    public DatabaseOutageFilter(DatabaseAvailability database, Predicate<HttpServletRequest> frameworkRequest) {
        this.database = database;
        this.frameworkRequest = frameworkRequest;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean pageLoad = isPageLoad(request);
        if (pageLoad && !database.reachable()) {
            UnavailablePage.write(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            database.markDown();
            if (!pageLoad || response.isCommitted()) {
                throw e;
            }
            UnavailablePage.write(request, response);
        }
    }

    private boolean isPageLoad(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")
                && !path.equals("/login") && !frameworkRequest.test(request);
    }
}
