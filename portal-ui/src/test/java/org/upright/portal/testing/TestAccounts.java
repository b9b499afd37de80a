package org.upright.portal.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.accounts.NewAccount;
import org.upright.kernel.Role;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates uniquely named accounts (tests share one database) and signs them in. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    TestAccounts(AccountService accounts, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    public AccountProfile create(Role role) {
        return create(role, null);
    }

    public AccountProfile create(Role role, Long coachId) {
        String username = role.name().toLowerCase() + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        String displayName = switch (role) {
            case MEMBER -> "Mia Tester";
            case COACH -> "Casey Tester";
            case ADMIN -> "Alex Tester";
        } + " " + SEQUENCE.get();
        return accounts.create(new NewAccount(username, displayName, PASSWORD, role, coachId));
    }

    /**
     * The member has answered the safety screening "no" throughout, just now: for tests of
     * routines and Today that are not about the screening itself.
     */
    public AccountProfile screened(AccountProfile member) {
        jdbc.sql("insert into screening (member_id, answered_at, answers, any_yes) values (?, now(), '{}'::jsonb, false)")
                .param(member.id()).update();
        return member;
    }

    /**
     * Gives the account an authenticator app with a new secret, set up and confirmed, as if the
     * person had enrolled (stored unencrypted, which the portal reads with or without a key).
     * Returns the secret, for {@link AuthenticatorApp} to make codes from.
     */
    public String withAuthenticator(AccountProfile who) {
        String secret = AuthenticatorApp.newSecret();
        jdbc.sql("insert into account_totp (account_id, secret, confirmed_at) values (?, ?, now())")
                .param(who.id()).param("plain:" + secret).update();
        return secret;
    }

    /** Disables an account directly in the database (admin screens arrive later). */
    public void disable(long accountId) {
        jdbc.sql("update account set enabled = false where id = ?").param(accountId).update();
    }

    /** Runs the rest of the test thread as this account, as the security filter would. */
    public static void signIn(AccountProfile who) {
        authenticate(UsernamePasswordAuthenticationToken.authenticated(who.username(), null,
                List.of(new SimpleGrantedAuthority(who.role().authority()))));
    }

    /**
     * Runs the rest of the test thread with this authentication (e.g. an anonymous one), through
     * the global holder, which {@link ContextSecurityStrategy} points at the test's own context.
     */
    public static void authenticate(Authentication auth) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
