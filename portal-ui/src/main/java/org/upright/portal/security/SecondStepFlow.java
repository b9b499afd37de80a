package org.upright.portal.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.upright.accounts.mfa.SecondFactorSignIn;
import org.upright.accounts.mfa.SignInChallenge;
import org.upright.accounts.signin.SignInThrottle;
import org.upright.portal.security.ui.LoginView;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The two ends of a sign-in with a second step. After the right password: either signed in at
 * once (no second factor for this account) or kept as a {@link PendingSignIn} with the session
 * left anonymous. After the second step: the session becomes the checked password's (under a new
 * session id), and the browser goes where it was headed before the sign-in.
 */
final class SecondStepFlow {

    private final SecondFactorSignIn signIn;
    private final SignInThrottle throttle;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private AuthenticationSuccessHandler signedIn;

    SecondStepFlow(SecondFactorSignIn signIn, SignInThrottle throttle) {
        this.signIn = signIn;
        this.throttle = throttle;
    }

    /** Vaadin's saved-request handler, known only once the filter chain is being built. */
    void leadOnWith(AuthenticationSuccessHandler handler) {
        this.signedIn = handler;
    }

    SecondFactorSignIn signIn() {
        return signIn;
    }

    SignInThrottle throttle() {
        return throttle;
    }

    /** The login form's success handler. */
    AuthenticationSuccessHandler afterPassword() {
        return this::afterPassword;
    }

    private void afterPassword(HttpServletRequest request, HttpServletResponse response, Authentication password)
            throws IOException, ServletException {
        Optional<SignInChallenge> challenge;
        try {
            challenge = signIn.challengeAfterPassword(password.getName());
        } catch (DataAccessException e) {
            signOut(request, response);
            response.sendRedirect(request.getContextPath() + "/login?" + LoginView.UNAVAILABLE);
            return;
        }
        if (challenge.isEmpty()) {
            PendingSignIn.clear(request.getSession(false));
            throttle.succeeded(password.getName());
            signedIn.onAuthenticationSuccess(request, response, password);
            return;
        }
        // the password's failures are forgotten only after the second step: otherwise each right
        // password would reset the count of wrong codes
        signOut(request, response);
        PendingSignIn pending = new PendingSignIn(challenge.get(), password, now());
        pending.keepIn(request.getSession());
        response.sendRedirect(request.getContextPath() + pending.step().path());
    }

    /** The second step passed: the session is signed in from now on. */
    void finish(HttpServletRequest request, HttpServletResponse response, PendingSignIn pending)
            throws IOException, ServletException {
        PendingSignIn.clear(request.getSession(false));
        throttle.succeeded(pending.username());
        // a new id for the session that now carries the sign-in
        request.changeSessionId();
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(pending.password());
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        // sessions revoked since the password was checked (a reset, a disabled account) end this one too
        request.getSession().setAttribute(SessionSignIn.ATTRIBUTE, pending.passwordAt());
        signedIn.onAuthenticationSuccess(request, response, pending.password());
    }

    /** Back to the sign-in page with a reason; whatever was pending is forgotten. */
    void restart(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        PendingSignIn.clear(request.getSession(false));
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }

    private static Instant now() {
        // real time in microseconds, like SessionSignIn and the sessions_valid_after column it is compared with
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private void signOut(HttpServletRequest request, HttpServletResponse response) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext empty = holder.createEmptyContext();
        holder.setContext(empty);
        contexts.saveContext(empty, request, response);
    }
}
