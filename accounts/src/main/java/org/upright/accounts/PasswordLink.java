package org.upright.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** A one-time set-password link, made for a purpose (the accounts screen, a reset, an invitation). */
@Entity
@Table(name = "password_link")
class PasswordLink extends OneTimeToken {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PasswordLinkPurpose purpose;

    protected PasswordLink() {
    }

    PasswordLink(Account account, PasswordLinkPurpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(account, tokenHash, createdAt, expiresAt);
        this.purpose = purpose;
    }

    PasswordLinkPurpose purpose() {
        return purpose;
    }
}
