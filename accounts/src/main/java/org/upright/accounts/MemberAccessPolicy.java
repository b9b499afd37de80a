package org.upright.accounts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.upright.kernel.Role;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberAccess;
import org.upright.kernel.member.MemberDirectory;

/**
 * Who may read a member's data: the member themself, the coach assigned to them, and admins.
 * Every service that hands out a member's data for a member id asks here first.
 */
@Component
class MemberAccessPolicy implements MemberAccess {

    private final AccountService accounts;
    private final MemberDirectory members;

    MemberAccessPolicy(AccountService accounts, MemberDirectory members) {
        this.accounts = accounts;
        this.members = members;
    }

    @Override
    public Member requireReadable(long memberId) {
        AccountProfile me = accounts.currentProfile().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        Member member = members.find(memberId).orElseThrow(() -> new AccessDeniedException("No such member"));
        boolean allowed = switch (me.role()) {
            case MEMBER -> me.id() == memberId;
            case COACH -> member.coachId() != null && member.coachId() == me.id();
            case ADMIN -> true;
        };
        if (!allowed) {
            throw new AccessDeniedException("You may not see this member's data");
        }
        return member;
    }

    @Override
    public Member requireCurrentMember() {
        AccountProfile me = accounts.currentProfile().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (me.role() != Role.MEMBER) {
            throw new AccessDeniedException("Only members keep a pain diary");
        }
        return members.find(me.id()).orElseThrow(() -> new AccessDeniedException("No such member"));
    }

    @Override
    public long requireCurrentCoach() {
        AccountProfile me = accounts.currentProfile().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (me.role() != Role.COACH) {
            throw new AccessDeniedException("Only coaches have clients");
        }
        return me.id();
    }
}
