package org.upright.accounts;

/**
 * A sent invitation: the new member, and whether the link went by mail. Without mail the
 * one-time set-password token comes back to hand over (shown once), else it is null.
 */
public record Invitation(AccountProfile member, boolean mailed, String setPasswordToken) {

    @Override
    public String toString() {
        return "Invitation[member=" + member.username() + ", mailed=" + mailed + "]";
    }
}
