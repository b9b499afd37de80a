package org.upright.accounts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.kernel.Role;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.UprightApplication;
import org.upright.portal.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.accounts.AccountAdminServiceTest.GOOD_PASSWORD;

/** Without a mail server (the default) the features that need mail say so and fall back. */
@SpringBootTest(classes = UprightApplication.class)
class NoMailFallbackTest {

    @Autowired
    PasswordResetService resets;
    @Autowired
    InvitationService invitations;
    @Autowired
    EmailAddressService emails;
    @Autowired
    PasswordLinkService links;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void forgotPasswordSaysWhomToAsk() {
        assertThat(resets.available()).isFalse();
        assertThat(resets.request("member", "198.51.100.40")).isEqualTo(PasswordReset.MAIL_UNAVAILABLE);
        assertThat(resets.request("no-such-name", "198.51.100.40")).isEqualTo(PasswordReset.MAIL_UNAVAILABLE);
    }

    @Test
    void anInvitationHandsTheLinkToTheInviter() {
        AccountProfile coach = accounts.create(Role.COACH);
        TestAccounts.signIn(coach);
        assertThat(invitations.mailAvailable()).isFalse();
        Invitation invitation = invitations.invite(new InvitationDraft("Nell No-Mail",
                "nell-" + System.nanoTime() + "@mail.upright.test", null));
        assertThat(invitation.mailed()).isFalse();
        assertThat(invitation.setPasswordToken()).isNotBlank();
        TestAccounts.signOut();
        assertThat(links.setPassword(invitation.setPasswordToken(), GOOD_PASSWORD).purpose())
                .isEqualTo(PasswordLinkPurpose.INVITE);
    }

    @Test
    void aNewAddressCannotBeConfirmed() {
        TestAccounts.signIn(accounts.create(Role.MEMBER));
        assertThat(emails.status().mailAvailable()).isFalse();
        assertThatThrownBy(() -> emails.requestChange("someone@example.org"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages().get("email"))
                        .startsWith("This portal sends no mail"));
    }
}
