package org.upright.portal.account;

/** Whose password a valid set-password link sets. */
public record PasswordLinkTarget(String username, String displayName) {
}
