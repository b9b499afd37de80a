package org.upright.accounts;

import org.upright.portal.UprightApplication;
import org.upright.accounts.audit.*;
import org.upright.kernel.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.upright.accounts.audit.AuditTarget;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TestAudit;
import org.upright.kernel.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.accounts.AccountAdminServiceTest.GOOD_PASSWORD;
import static org.upright.accounts.AccountAdminServiceTest.uniqueUsername;

@SpringBootTest(classes = UprightApplication.class)
class PasswordLinkServiceTest {

    @Autowired
    AccountAdminService admin;
    @Autowired
    PasswordLinkService links;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestAudit audit;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** An admin creates an account without a password; the link's token comes back once. */
    private CreatedAccount createdWithLink() {
        TestAccounts.signIn(accounts.create(Role.ADMIN));
        CreatedAccount created = admin.create(new AccountDraft(uniqueUsername("linda"), "Linda Link", Role.MEMBER, null, null));
        TestAccounts.signOut();
        return created;
    }

    @Test
    void aLinkSetsThePasswordOnceAndOnlyItsHashIsStored() {
        CreatedAccount created = createdWithLink();
        String token = created.setPasswordToken();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.sql("select token_hash from password_link where account_id = ?").param(created.account().id())
                .query(String.class).single()).isEqualTo(PasswordLinkService.hash(token)).isNotEqualTo(token);

        // anonymous, as the person opening the link is
        assertThat(links.find(token)).hasValue(new PasswordLinkTarget(created.account().username(), "Linda Link", PasswordLinkPurpose.ADMIN));
        assertThatThrownBy(() -> links.setPassword(token, "password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("password"));
        assertThat(links.find(token)).isPresent();

        links.setPassword(token, GOOD_PASSWORD);
        assertThat(encoder.matches(GOOD_PASSWORD, jdbc.sql("select password_hash from account where id = ?")
                .param(created.account().id()).query(String.class).single())).isTrue();
        assertThat(links.find(token)).isEmpty();
        assertThatThrownBy(() -> links.setPassword(token, GOOD_PASSWORD + "x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("token"));

        assertThat(audit.about(AuditTarget.ACCOUNT, created.account().id()))
                .extracting(TestAudit.Row::action, TestAudit.Row::actor)
                .endsWith(org.assertj.core.groups.Tuple.tuple("PASSWORD_LINK_CREATED", audit.about(AuditTarget.ACCOUNT,
                                created.account().id()).getFirst().actor()),
                        org.assertj.core.groups.Tuple.tuple("PASSWORD_SET_BY_LINK", created.account().username()));
    }

    @Test
    void aNewLinkRetiresTheOldOne() {
        CreatedAccount created = createdWithLink();
        TestAccounts.signIn(accounts.create(Role.ADMIN));
        String second = admin.createPasswordLink(created.account().id());
        TestAccounts.signOut();
        assertThat(links.find(created.setPasswordToken())).isEmpty();
        assertThat(links.find(second)).isPresent();
    }

    @Test
    void expiredLinksAndLinksOfDisabledAccountsDoNothing() {
        CreatedAccount expired = createdWithLink();
        jdbc.sql("update password_link set created_at = now() - interval '4 days', expires_at = now() - interval '1 second' where account_id = ?")
                .param(expired.account().id()).update();
        assertThat(links.find(expired.setPasswordToken())).isEmpty();
        assertThatThrownBy(() -> links.setPassword(expired.setPasswordToken(), GOOD_PASSWORD)).isInstanceOf(InvalidInputException.class);

        CreatedAccount disabled = createdWithLink();
        accounts.disable(disabled.account().id());
        assertThat(links.find(disabled.setPasswordToken())).isEmpty();
    }

    @Test
    void unknownAndMalformedTokensFindNothing() {
        assertThat(links.find("no-such-token")).isEmpty();
        assertThat(links.find("")).isEmpty();
        assertThat(links.find(null)).isEmpty();
        assertThat(links.find("x".repeat(10_000))).isEmpty();
    }

    @Test
    void aPasswordResetByTheAdminRetiresOpenLinks() {
        CreatedAccount created = createdWithLink();
        TestAccounts.signIn(accounts.create(Role.ADMIN));
        admin.resetPassword(created.account().id(), GOOD_PASSWORD);
        assertThat(links.find(created.setPasswordToken())).isEmpty();
    }
}
