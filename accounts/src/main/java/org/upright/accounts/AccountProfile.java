package org.upright.accounts;

import org.upright.kernel.Role;
import java.time.ZoneId;

/** The signed-in person as views need them: no password hash, no entity. */
public record AccountProfile(long id, String username, String displayName, Role role, ZoneId zone,
                             Long coachId, String coachName, String email) {

    static AccountProfile of(Account a) {
        Account coach = a.getCoach();
        return new AccountProfile(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getZoneId(),
                coach == null ? null : coach.getId(), coach == null ? null : coach.getDisplayName(), a.getEmail());
    }
}
