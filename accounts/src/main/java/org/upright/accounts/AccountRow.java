package org.upright.accounts;

import org.upright.kernel.Role;
import java.time.Instant;

/** An account as the admin's account list shows it. */
public record AccountRow(long id, String username, String displayName, Role role, boolean enabled,
                         Long coachId, String coachName, Instant createdAt) {
}
