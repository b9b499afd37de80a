package org.upright.accounts;

/** Whose password a valid set-password link sets, and why the link was made. */
public record PasswordLinkTarget(String username, String displayName, PasswordLinkPurpose purpose) {
}
