package org.upright.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A new e-mail address waiting for its link to be opened; only the token's hash is kept. */
@Entity
@Table(name = "email_confirmation")
class EmailConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected EmailConfirmation() {
    }

    EmailConfirmation(Account account, String email, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.email = email;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Account account() {
        return account;
    }

    String email() {
        return email;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isEnabled();
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }
}
