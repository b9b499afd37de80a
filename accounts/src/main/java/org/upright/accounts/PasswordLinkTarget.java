package org.upright.accounts;

/** Whose password a valid set-password link sets. */
public record PasswordLinkTarget(String username, String displayName) {
}
