package org.upright.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.upright.accounts.mfa.SecondFactorKind;
import org.upright.accounts.mfa.SignInChallenge;
import org.upright.portal.security.SecondStep.Step;
import org.upright.portal.security.ui.LoginView;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Holds a session whose password was right at the second step: while a {@link PendingSignIn} is
 * in the session, every page and form leads to the step that is due (the session is anonymous
 * meanwhile, so no service would answer anyway), and the step's form posts are checked here. A
 * pending step that has outlived its time goes back to the sign-in page with a message. Wrong
 * codes count against the account and the client address like wrong passwords (the same
 * {@code SignInThrottle}, audited as failed sign-ins).
 */
final class SecondFactorFilter extends OncePerRequestFilter {

    static final String WRONG_CODE = "Wrong second-step code";

    private final SecondStepFlow flow;
    /**
     * Requests that pass to the usual rules: Vaadin's own requests and files. The session is
     * anonymous meanwhile, so they get what anyone gets before signing in (the theme and the
     * sign-in page's stylesheets, not the signed-in users' files).
     */
    private final RequestMatcher passThrough;

    SecondFactorFilter(SecondStepFlow flow, RequestMatcher passThrough) {
        this.flow = flow;
        this.passThrough = passThrough;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PendingSignIn> pending = PendingSignIn.in(request.getSession(false));
        if (pending.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (passThrough.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (flow.signIn().expired(pending.get().challenge())) {
            flow.restart(request, response, LoginView.EXPIRED);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Step due = pending.get().step();
        if (path.equals(due.path()) && "POST".equals(request.getMethod())) {
            answer(request, response, pending.get());
        } else if (path.equals(due.path()) && "GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + due.path());
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, PendingSignIn pending)
            throws IOException, ServletException {
        if (pending.step() == Step.RECOVERY_CODES) {
            flow.finish(request, response, pending);
            return;
        }
        String code = request.getParameter(SecondStep.CODE_PARAMETER);
        if (code == null || code.isBlank()) {
            back(request, response, pending.step(), SecondStep.EMPTY);
            return;
        }
        String address = request.getRemoteAddr();
        if (flow.throttle().lockedFor(pending.username(), address).isPresent()) {
            flow.restart(request, response, LoginView.THROTTLED);
            return;
        }
        if (pending.step() == Step.CODE) {
            Optional<SecondFactorKind> passed = flow.signIn().verify(pending.challenge(), code);
            if (passed.isPresent()) {
                flow.finish(request, response, pending);
                return;
            }
        } else {
            Optional<List<String>> recoveryCodes = flow.signIn().confirm(pending.challenge(), code);
            Optional<SignInChallenge> next = recoveryCodes.flatMap(c -> flow.signIn().challengeAfterPassword(pending.username()));
            if (next.isPresent()) {
                pending.withRecoveryCodes(next.get(), recoveryCodes.get()).keepIn(request.getSession());
                response.sendRedirect(request.getContextPath() + Step.RECOVERY_CODES.path());
                return;
            }
        }
        flow.throttle().failed(pending.username(), address, WRONG_CODE);
        back(request, response, pending.step(), SecondStep.WRONG);
    }

    /** A GET of a file (the page's stylesheets, the theme, scripts, images): the last path segment has an extension. */
    static boolean isFile(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && uri.substring(uri.lastIndexOf('/') + 1).contains(".");
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, Step step, String reason)
            throws IOException {
        response.sendRedirect(request.getContextPath() + step.path() + "?" + reason);
    }
}
