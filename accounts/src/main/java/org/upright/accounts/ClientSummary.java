package org.upright.accounts;

import java.time.Instant;

/** One of a coach's clients: who they are, whether their account is enabled, since when. */
public record ClientSummary(long id, String username, String displayName, boolean enabled, Instant joinedAt) {
}
