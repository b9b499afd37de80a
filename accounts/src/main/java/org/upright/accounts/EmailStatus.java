package org.upright.accounts;

/** The signed-in person's e-mail address and a new one waiting for confirmation (either may be null). */
public record EmailStatus(String current, String pending, boolean mailAvailable) {
}
