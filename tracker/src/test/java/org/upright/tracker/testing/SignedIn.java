package org.upright.tracker.testing;

import org.springframework.security.access.AccessDeniedException;
import org.upright.kernel.Role;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberAccess;
import org.upright.kernel.member.MemberDirectory;

/**
 * Stands in for the accounts module's access policy in the tracker's tests: who is signed in is
 * set by the test; the rule (the member themself, their coach, admins) is the policy's.
 */
public class SignedIn implements MemberAccess {

    private final MemberDirectory members;
    private volatile Long accountId;
    private volatile Role role;

    public SignedIn(MemberDirectory members) {
        this.members = members;
    }

    public void as(Role role, long accountId) {
        this.role = role;
        this.accountId = accountId;
    }

    public void signOut() {
        role = null;
        accountId = null;
    }

    @Override
    public Member requireReadable(long memberId) {
        Role me = requireSignedIn();
        Member member = members.find(memberId).orElseThrow(() -> new AccessDeniedException("No such member"));
        boolean allowed = switch (me) {
            case MEMBER -> accountId == memberId;
            case COACH -> member.coachId() != null && member.coachId().equals(accountId);
            case ADMIN -> true;
        };
        if (!allowed) {
            throw new AccessDeniedException("You may not see this member's data");
        }
        return member;
    }

    @Override
    public Member requireCurrentMember() {
        if (requireSignedIn() != Role.MEMBER) {
            throw new AccessDeniedException("Only members keep a pain diary");
        }
        return members.find(accountId).orElseThrow(() -> new AccessDeniedException("No such member"));
    }

    @Override
    public long requireCurrentCoach() {
        if (requireSignedIn() != Role.COACH) {
            throw new AccessDeniedException("Only coaches have clients");
        }
        return accountId;
    }

    private Role requireSignedIn() {
        Role current = role;
        if (current == null) {
            throw new AccessDeniedException("Not signed in");
        }
        return current;
    }
}
