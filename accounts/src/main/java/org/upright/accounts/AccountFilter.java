package org.upright.accounts;

import org.upright.kernel.Role;

/** The admin's account list filter; null parts match everything. Text matches username or name. */
public record AccountFilter(String text, Role role, Boolean enabled) {

    public static final AccountFilter ALL = new AccountFilter(null, null, null);

    public AccountFilter withText(String text) {
        return new AccountFilter(text, role, enabled);
    }

    public AccountFilter withRole(Role role) {
        return new AccountFilter(text, role, enabled);
    }

    public AccountFilter withEnabled(Boolean enabled) {
        return new AccountFilter(text, role, enabled);
    }
}
