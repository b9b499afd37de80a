package org.upright.kernel.member;

import org.upright.kernel.i18n.Language;

import java.util.Optional;

/** Where a member can be reached, for modules other than accounts (which owns the address and implements this). */
public interface MemberContacts {

    /** The account's confirmed e-mail address, if it has one and is enabled. */
    Optional<String> emailAddress(long accountId);

    /** The language to write to the account in: the one chosen on its profile, English when none (or no such account). */
    Language language(long accountId);
}
