package org.upright.kernel.member;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What modules other than accounts may know of member accounts. The accounts module owns the
 * account table and implements this port; nobody else reads that table.
 */
public interface MemberDirectory {

    /** The member (role MEMBER) with this id. */
    Optional<Member> find(long memberId);

    /** The member's time zone, which decides their "today"; unknown ids are refused. */
    default ZoneId timeZone(long memberId) {
        return find(memberId).map(Member::timeZone)
                .orElseThrow(() -> new IllegalArgumentException("No member with id " + memberId));
    }

    /** Every member assigned to this coach, by display name. */
    List<Member> clientsOf(long coachId);

    /** Up to {@code limit} members with an id above {@code afterId}, by id: for reading all members in batches. */
    List<Member> membersAfter(long afterId, int limit);
}
