package org.upright.portal.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.upright.accounts.AccountService;
import org.upright.kernel.Role;
import org.upright.kernel.member.MemberCameBack;

/** Tells the modules that a member signed in ({@link MemberCameBack}): the reminders' count of silence starts again. */
@Component
class MemberSignInEvents {

    private final AccountService accounts;
    private final ApplicationEventPublisher events;

    MemberSignInEvents(AccountService accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .filter(a -> a.role() == Role.MEMBER)
                .ifPresent(a -> events.publishEvent(new MemberCameBack(a.id())));
    }
}
