package org.upright.accounts;

/**
 * A new account and, when no password was given, the one-time set-password token. The token
 * exists only here (the database keeps its hash): show it once, then forget it.
 */
public record CreatedAccount(AccountProfile account, String setPasswordToken) {

    @Override
    public String toString() {
        return "CreatedAccount[" + account.username() + "]";
    }
}
