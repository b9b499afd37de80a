package org.upright.accounts.audit;

import java.time.Instant;

/** An audit log row as the admin's log view shows it. */
public record AuditEntry(long id, Instant at, String actorUsername, AuditAction action, String targetType,
                         Long targetId, String targetLabel, String details) {
}
