package org.upright.accounts;

/** What the "Forgot password?" page may tell: never whether an account exists. */
public enum PasswordReset {
    /** "If an account matches, a link is on its way": said for known and unknown names alike. */
    ANSWERED,
    /** Too many requests for this name or from this address: wait a few minutes. */
    THROTTLED,
    /** This portal sends no mail: ask an administrator (or the coach) for a link. */
    MAIL_UNAVAILABLE
}
