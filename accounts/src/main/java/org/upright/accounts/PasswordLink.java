package org.upright.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A one-time set-password link; only the token's hash is kept. */
@Entity
@Table(name = "password_link")
class PasswordLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PasswordLinkPurpose purpose;

    protected PasswordLink() {
    }

    PasswordLink(Account account, PasswordLinkPurpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Account account() {
        return account;
    }

    PasswordLinkPurpose purpose() {
        return purpose;
    }

    boolean usableAt(Instant now) {
        return stateAt(now) == PasswordLinkState.USABLE;
    }

    PasswordLinkState stateAt(Instant now) {
        if (!account.isEnabled()) {
            return PasswordLinkState.UNKNOWN;
        }
        if (usedAt != null) {
            return PasswordLinkState.USED;
        }
        return now.isBefore(expiresAt) ? PasswordLinkState.USABLE : PasswordLinkState.EXPIRED;
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }
}
