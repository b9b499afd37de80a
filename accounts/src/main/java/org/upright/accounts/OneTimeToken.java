package org.upright.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * What every mailed or handed-out link of an account shares (a set-password link, an e-mail
 * confirmation): only the token's hash is kept, and one rule says when it still works — once,
 * before it expires, for an enabled account.
 */
@MappedSuperclass
abstract class OneTimeToken {

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

    protected OneTimeToken() {
    }

    protected OneTimeToken(Account account, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Account account() {
        return account;
    }

    boolean usableAt(Instant now) {
        return stateAt(now) == PasswordLinkState.USABLE;
    }

    /** A disabled account's link tells nothing (UNKNOWN), so a stranger cannot learn the account exists. */
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
