package org.upright.accounts;

/** An enabled coach an admin can pick, with how many members they coach now. */
public record CoachOption(long id, String username, String displayName, long clientCount) {
}
