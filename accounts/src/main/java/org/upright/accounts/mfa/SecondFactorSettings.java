package org.upright.accounts.mfa;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.upright.kernel.Role;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Two-step sign-in ({@code upright.security.mfa.*}). Accounts of {@code requiredRoles} must enter a
 * code from an authenticator app after their password (and set one up at their first sign-in);
 * other accounts may turn it on in their profile. {@code issuer} is the name the app shows next to
 * the code. {@code secretKey} (Base64, 16, 24 or 32 bytes) encrypts the stored app secrets; without
 * it they are stored as they are (a warning at start-up says so). {@code pendingLifetime} is how long
 * the second step may take after the password was accepted before sign-in starts again.
 */
@ConfigurationProperties("upright.security.mfa")
public record SecondFactorSettings(Set<Role> requiredRoles, String issuer, String secretKey, Duration pendingLifetime) {

    public SecondFactorSettings {
        requiredRoles = requiredRoles == null ? EnumSet.of(Role.COACH, Role.ADMIN) : Set.copyOf(requiredRoles);
        issuer = issuer == null || issuer.isBlank() ? "Upright" : issuer.strip();
        secretKey = secretKey == null || secretKey.isBlank() ? null : secretKey.strip();
        pendingLifetime = pendingLifetime == null ? Duration.ofMinutes(5) : pendingLifetime;
        if (pendingLifetime.isNegative() || pendingLifetime.isZero()) {
            throw new IllegalArgumentException("upright.security.mfa.pending-lifetime must be positive");
        }
    }

    public boolean requiredFor(Role role) {
        return requiredRoles.contains(role);
    }
}
