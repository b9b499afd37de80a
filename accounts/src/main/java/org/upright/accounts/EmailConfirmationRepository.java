package org.upright.accounts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;

interface EmailConfirmationRepository extends JpaRepository<EmailConfirmation, Long> {

    @Query("select c from EmailConfirmation c join fetch c.account where c.tokenHash = :tokenHash")
    Optional<EmailConfirmation> findByTokenHash(String tokenHash);

    /** The newest open request of the account, if it has not expired. */
    @Query("""
            select c from EmailConfirmation c where c.account.id = :accountId and c.usedAt is null
              and c.expiresAt > :now order by c.createdAt desc limit 1""")
    Optional<EmailConfirmation> findOpen(long accountId, Instant now);

    /** A new request (or a confirmed address) makes the account's older links useless. */
    @Modifying
    @Query("update EmailConfirmation c set c.usedAt = :now where c.account.id = :accountId and c.usedAt is null")
    int retireOpen(long accountId, Instant now);
}
