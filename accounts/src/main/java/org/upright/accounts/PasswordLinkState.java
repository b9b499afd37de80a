package org.upright.accounts;

/** What a set-password link can still do, so its page can say why it does not work. */
public enum PasswordLinkState {
    USABLE,
    /** Used, or replaced by a newer link or a new password. */
    USED,
    EXPIRED,
    /** No such link (mistyped, or deleted after it expired), or its account is disabled. */
    UNKNOWN
}
