package org.upright.portal.security;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.upright.accounts.mfa.SecondFactorSignIn;

/**
 * Signs in the person who has just chosen their password with an invitation link, so they land
 * on the portal instead of a sign-in form: the password was checked by the password rules a
 * moment ago and the link was theirs. The session gets a new id first (no session fixation). An
 * account that signs in with a second step is never signed in by a link: it goes to the sign-in.
 */
@Component
public class LinkSignIn {

    private final UserDetailsService users;
    private final ApplicationEventPublisher events;
    private final SecondFactorSignIn secondFactor;

    LinkSignIn(UserDetailsService users, ApplicationEventPublisher events, SecondFactorSignIn secondFactor) {
        this.users = users;
        this.events = events;
        this.secondFactor = secondFactor;
    }

    /** Whether the current request could be signed in (false outside a servlet request, or with a second step). */
    public boolean signIn(String username) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request == null || response == null) {
            return false;
        }
        UserDetails user = users.loadUserByUsername(username);
        if (!user.isEnabled() || secondFactor.challengeAfterPassword(username).isPresent()) {
            return false;
        }
        VaadinService.reinitializeSession(request);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request.getHttpServletRequest(),
                response.getHttpServletResponse());
        SessionSignIn.renewCurrent();
        events.publishEvent(new AuthenticationSuccessEvent(auth));
        return true;
    }
}
