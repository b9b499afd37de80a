package org.upright.portal.account;

import java.time.Instant;

/** A member as their coach sees them in lists. */
public record ClientSummary(long id, String username, String displayName, boolean enabled, Instant joinedAt) {
}
