package org.upright.accounts;

import java.time.Duration;

/** What a set-password link was made for: how long it lasts and where a new one comes from. */
public enum PasswordLinkPurpose {
    /** Made by an admin on the accounts screen, shown to them to hand over. */
    ADMIN(Duration.ofHours(72)),
    /** Asked for with "Forgot password?" and mailed: short, since the inbox may be shared or old. */
    RESET(Duration.ofHours(1)),
    /** Mailed with an invitation (or shown to the inviter without mail). */
    INVITE(Duration.ofHours(72));

    private final Duration validity;

    PasswordLinkPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
