package org.upright.accounts.mfa;

import java.time.Instant;

/** One's own two-step sign-in: on (since when, codes left) or off, and whether one's role requires it. */
public record SecondFactorStatus(boolean enabled, boolean required, Instant enabledAt, int recoveryCodesLeft) {
}
