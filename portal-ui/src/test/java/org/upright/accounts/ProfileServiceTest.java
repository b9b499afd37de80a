package org.upright.accounts;

import org.upright.portal.UprightApplication;
import org.upright.accounts.audit.*;
import org.upright.kernel.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.upright.accounts.audit.AuditTarget;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TestAudit;
import org.upright.kernel.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.accounts.AccountAdminServiceTest.GOOD_PASSWORD;

@SpringBootTest(classes = UprightApplication.class)
class ProfileServiceTest {

    @Autowired
    ProfileService profile;
    @Autowired
    AccountService accountService;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestAudit audit;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    AccountProfile me;

    @BeforeEach
    void signIn() {
        me = accounts.create(Role.MEMBER);
        TestAccounts.signIn(me);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void changesTheDisplayName() {
        assertThat(profile.changeDisplayName("  Mia Mustermann ").displayName()).isEqualTo("Mia Mustermann");
        assertThat(accountService.requireCurrentProfile().displayName()).isEqualTo("Mia Mustermann");
        assertThatThrownBy(() -> profile.changeDisplayName(" "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsEntry("displayName", "Enter your name"));
        assertThatThrownBy(() -> profile.changeDisplayName("x".repeat(121)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("displayName"));
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndFollowsTheRules() {
        assertThatThrownBy(() -> profile.changePassword("wrong-password", GOOD_PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("currentPassword").containsEntry("currentPassword", "That is not your current password"));
        assertThatThrownBy(() -> profile.changePassword(TestAccounts.PASSWORD, "qwerty123456"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsOnlyKeys("newPassword"));
        assertThatThrownBy(() -> profile.changePassword(TestAccounts.PASSWORD, me.username() + "-is-me"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("newPassword", "The password must not contain the username"));
        assertThatThrownBy(() -> profile.changePassword(TestAccounts.PASSWORD, TestAccounts.PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("newPassword", "Choose a password different from the current one"));
        assertThat(audit.actionsAbout(AuditTarget.ACCOUNT, me.id())).containsExactly("ACCOUNT_CREATED");

        profile.changePassword(TestAccounts.PASSWORD, GOOD_PASSWORD);
        assertThat(encoder.matches(GOOD_PASSWORD, jdbc.sql("select password_hash from account where id = ?").param(me.id())
                .query(String.class).single())).isTrue();
        assertThat(audit.about(AuditTarget.ACCOUNT, me.id())).last().satisfies(row -> {
            assertThat(row.action()).isEqualTo("PASSWORD_CHANGED");
            assertThat(row.actor()).isEqualTo(me.username());
        });
    }

    @Test
    void anonymousCallersAreRefused() {
        // what a request that is not signed in carries
        TestAccounts.authenticate(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> profile.changeDisplayName("Anon")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profile.changePassword("a", "b")).isInstanceOf(AccessDeniedException.class);
    }
}
