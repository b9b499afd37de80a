package org.upright.accounts;

import org.upright.kernel.Role;
import org.upright.kernel.i18n.Language;
import java.time.ZoneId;

/** The signed-in person as views need them: no password hash, no entity. {@code language} is null when they follow the browser. */
public record AccountProfile(long id, String username, String displayName, Role role, ZoneId zone,
                             Long coachId, String coachName, String email, Language language) {

    static AccountProfile of(Account a) {
        Account coach = a.getCoach();
        return new AccountProfile(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getZoneId(),
                coach == null ? null : coach.getId(), coach == null ? null : coach.getDisplayName(), a.getEmail(),
                a.getLanguage().orElse(null));
    }
}
