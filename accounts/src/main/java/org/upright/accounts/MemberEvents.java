package org.upright.accounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.upright.kernel.Role;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberChanged;

/** Tells other modules, in the same transaction, that an account's member facts changed ({@link MemberChanged}). */
@Component
class MemberEvents {

    private final ApplicationEventPublisher events;

    MemberEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void changed(Account account) {
        Member member = account.getRole() != Role.MEMBER ? null
                : new Member(account.getId(), account.getUsername(), account.getDisplayName(), account.getZoneId(),
                        account.getCoach() == null ? null : account.getCoach().getId(), account.isEnabled());
        events.publishEvent(new MemberChanged(account.getId(), member));
    }
}
