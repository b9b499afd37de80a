package org.upright.accounts.audit;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the admin narrows the log to; null parts match everything. {@code from} and {@code to}
 * are whole days, both included, in {@code zone}.
 */
public record AuditFilter(String actor, AuditAction action, LocalDate from, LocalDate to, ZoneId zone) {

    public static AuditFilter everything(ZoneId zone) {
        return new AuditFilter(null, null, null, null, zone);
    }
}
