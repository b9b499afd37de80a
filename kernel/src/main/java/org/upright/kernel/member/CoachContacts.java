package org.upright.kernel.member;

import org.upright.kernel.i18n.Language;

import java.time.ZoneId;
import java.util.Optional;

/**
 * How to write to a coach, for modules other than accounts (which owns the account and implements
 * this port): the tracker's daily digest mails a coach in their time zone and language.
 */
public interface CoachContacts {

    /**
     * A coach as a mail needs them.
     *
     * @param email    the confirmed address, or null when the coach has none
     * @param language the language chosen on the profile, or null when the coach follows the browser
     */
    record Coach(long id, String displayName, String email, ZoneId timeZone, Language language) {
    }

    /** The enabled coach account with this id; empty for any other account. */
    Optional<Coach> coach(long accountId);
}
