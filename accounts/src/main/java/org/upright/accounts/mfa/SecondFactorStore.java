package org.upright.accounts.mfa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.upright.kernel.Role;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tables {@code account_totp} and {@code account_recovery_code}. Every "use" is one atomic update. */
@Repository
class SecondFactorStore {

    record AccountRef(long id, String username, Role role) {
    }

    record Authenticator(long accountId, String storedSecret, Instant confirmedAt) {
        boolean confirmed() {
            return confirmedAt != null;
        }
    }

    private final JdbcClient jdbc;

    SecondFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountRef> account(String username) {
        return jdbc.sql("select id, username, role from account where lower(username) = lower(?)")
                .param(username.strip())
                .query((rs, i) -> new AccountRef(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role"))))
                .optional();
    }

    Optional<AccountRef> account(long id) {
        return jdbc.sql("select id, username, role from account where id = ?")
                .param(id)
                .query((rs, i) -> new AccountRef(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role"))))
                .optional();
    }

    Optional<Authenticator> authenticator(long accountId) {
        return jdbc.sql("select account_id, secret, confirmed_at from account_totp where account_id = ?")
                .param(accountId)
                .query((rs, i) -> new Authenticator(rs.getLong("account_id"), rs.getString("secret"),
                        Optional.ofNullable(rs.getTimestamp("confirmed_at")).map(Timestamp::toInstant).orElse(null)))
                .optional();
    }

    /** Keeps a new, unconfirmed secret; a confirmed one is never overwritten here. */
    void saveUnconfirmed(long accountId, String storedSecret) {
        jdbc.sql("""
                        insert into account_totp (account_id, secret) values (?, ?)
                        on conflict (account_id) do update set secret = excluded.secret, last_used_step = null,
                            created_at = now()
                        where account_totp.confirmed_at is null""")
                .param(accountId).param(storedSecret).update();
    }

    /** Confirms the secret with the step of its first code (which then cannot sign in again). */
    boolean confirm(long accountId, long step, Instant at) {
        return jdbc.sql("""
                        update account_totp set confirmed_at = ?, last_used_step = ?
                        where account_id = ? and confirmed_at is null""")
                .param(Timestamp.from(at)).param(step).param(accountId).update() == 1;
    }

    /** Takes the step as used; false when it (or a later one) was used already. */
    boolean useStep(long accountId, long step) {
        return jdbc.sql("""
                        update account_totp set last_used_step = ?
                        where account_id = ? and confirmed_at is not null and coalesce(last_used_step, -1) < ?""")
                .param(step).param(accountId).param(step).update() == 1;
    }

    void delete(long accountId) {
        jdbc.sql("delete from account_recovery_code where account_id = ?").param(accountId).update();
        jdbc.sql("delete from account_totp where account_id = ?").param(accountId).update();
    }

    void replaceRecoveryCodes(long accountId, List<String> hashes) {
        jdbc.sql("delete from account_recovery_code where account_id = ?").param(accountId).update();
        for (String hash : hashes) {
            jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (?, ?)")
                    .param(accountId).param(hash).update();
        }
    }

    /** Marks an unused code used; false when there is no such unused code. */
    boolean useRecoveryCode(long accountId, String hash, Instant at) {
        return jdbc.sql("""
                        update account_recovery_code set used_at = ?
                        where account_id = ? and code_hash = ? and used_at is null""")
                .param(Timestamp.from(at)).param(accountId).param(hash).update() == 1;
    }

    int recoveryCodesLeft(long accountId) {
        return jdbc.sql("select count(*) from account_recovery_code where account_id = ? and used_at is null")
                .param(accountId).query(Integer.class).single();
    }
}
