package org.upright.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A new e-mail address waiting for its link to be opened. */
@Entity
@Table(name = "email_confirmation")
class EmailConfirmation extends OneTimeToken {

    @Column(nullable = false, length = 254)
    private String email;

    protected EmailConfirmation() {
    }

    EmailConfirmation(Account account, String email, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(account, tokenHash, createdAt, expiresAt);
        this.email = email;
    }

    String email() {
        return email;
    }
}
