package org.upright.kernel.member;

import java.util.Optional;

/** Where a member can be reached, for modules other than accounts (which owns the address and implements this). */
public interface MemberContacts {

    /** The account's confirmed e-mail address, if it has one and is enabled. */
    Optional<String> emailAddress(long accountId);
}
