package org.upright.accounts;

import org.upright.kernel.Role;

/** What it takes to create an account. The password arrives in clear and is hashed at once. */
public record NewAccount(String username, String displayName, String password, Role role, Long coachId) {

    @Override
    public String toString() {
        // never print the password
        return "NewAccount[username=" + username + ", role=" + role + "]";
    }
}
