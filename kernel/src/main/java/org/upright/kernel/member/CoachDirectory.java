package org.upright.kernel.member;

import java.util.Collection;
import java.util.Map;

/**
 * The names of the coaches a member deals with, for modules other than accounts (which owns
 * the account table and implements this port): who wrote a message or a note.
 */
public interface CoachDirectory {

    /** The display name of each of these accounts, by id; ids of no account are left out. */
    Map<Long, String> names(Collection<Long> accountIds);

    /** One account's display name, or {@code fallback} when there is no such account. */
    default String name(long accountId, String fallback) {
        return names(java.util.List.of(accountId)).getOrDefault(accountId, fallback);
    }
}
