package org.upright.accounts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;

interface PasswordLinkRepository extends JpaRepository<PasswordLink, Long> {

    @Query("select l from PasswordLink l join fetch l.account where l.tokenHash = :tokenHash")
    Optional<PasswordLink> findByTokenHash(String tokenHash);

    /** A new link (or a new password) makes the account's older links useless. */
    @Modifying
    @Query("update PasswordLink l set l.usedAt = :now where l.account.id = :accountId and l.usedAt is null")
    int retireOpenLinks(long accountId, Instant now);
}
