package org.upright.kernel.member;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read a member's data: the member themself, the coach assigned to them, and admins.
 * Every service that hands out a member's data asks here first (accounts implements it).
 */
public interface MemberAccess {

    /** The member, if the signed-in account may read their data; else {@link AccessDeniedException}. */
    Member requireReadable(long memberId);

    /** The signed-in member; {@link AccessDeniedException} for anyone else. */
    Member requireCurrentMember();

    /** The signed-in coach's account id; {@link AccessDeniedException} for anyone else. */
    long requireCurrentCoach();

    /**
     * The member, if they are a client of the signed-in coach; {@link AccessDeniedException} for
     * anyone else (admins too). The one "is this my client" rule of every coach-side service.
     */
    default Member requireMyClient(long memberId) {
        long coachId = requireCurrentCoach();
        Member member = requireReadable(memberId);
        if (member.coachId() == null || member.coachId() != coachId) {
            throw new AccessDeniedException("Not your client");
        }
        return member;
    }
}
