package org.upright.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Whether a signed-in session may go on: its account is still enabled and its sessions were not
 * revoked (password reset, role change) after it signed in. Asked on every request, so one small query.
 */
@Component
public class AccountSessions {

    private final JdbcClient jdbc;

    AccountSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean stillValid(String username, Instant signedInAt) {
        return jdbc.sql("select enabled, sessions_valid_after from account where lower(username) = lower(?)")
                .param(username)
                .query((rs, i) -> {
                    Timestamp validAfter = rs.getTimestamp("sessions_valid_after");
                    return rs.getBoolean("enabled") && (validAfter == null || !signedInAt.isBefore(validAfter.toInstant()));
                })
                .optional()
                .orElse(false);
    }
}
