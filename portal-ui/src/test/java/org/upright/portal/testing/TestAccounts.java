package org.upright.portal.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.upright.portal.account.AccountProfile;
import org.upright.portal.account.AccountService;
import org.upright.portal.account.NewAccount;
import org.upright.portal.account.Role;

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

    /** Disables an account directly in the database (admin screens arrive later). */
    public void disable(long accountId) {
        jdbc.sql("update account set enabled = false where id = ?").param(accountId).update();
    }

    /** Runs the rest of the test thread as this account, as the security filter would. */
    public static void signIn(AccountProfile who) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(who.username(), null,
                List.of(new SimpleGrantedAuthority(who.role().authority())));
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
