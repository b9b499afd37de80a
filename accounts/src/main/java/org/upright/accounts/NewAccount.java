package org.upright.accounts;

import org.upright.kernel.Role;

/**
 * What it takes to create an account (start-up data and tests). The password arrives in clear and
 * is hashed at once; the e-mail address (may be null) counts as confirmed.
 */
public record NewAccount(String username, String displayName, String password, Role role, Long coachId, String email) {

    public NewAccount(String username, String displayName, String password, Role role, Long coachId) {
        this(username, displayName, password, role, coachId, null);
    }

    @Override
    public String toString() {
        // never print the password
        return "NewAccount[username=" + username + ", role=" + role + "]";
    }
}
