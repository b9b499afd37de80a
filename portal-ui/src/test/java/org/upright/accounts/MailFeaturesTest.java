package org.upright.accounts;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.upright.accounts.audit.AuditTarget;
import org.upright.kernel.Role;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.UprightApplication;
import org.upright.portal.testing.MailServer;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TestAudit;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.accounts.AccountAdminServiceTest.GOOD_PASSWORD;

/**
 * Forgotten passwords, invitations and e-mail changes with a real SMTP server in the JVM
 * (GreenMail): each mail is sent once, its link works once, and an expired or used link is
 * refused with a message saying which.
 */
@SpringBootTest(classes = UprightApplication.class)
// its own context (the mail settings): closed after the class, so its connections do not stay open
@org.springframework.test.annotation.DirtiesContext
class MailFeaturesTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailServer.register(registry);
    }

    @Autowired
    PasswordResetService resets;
    @Autowired
    PasswordLinkService links;
    @Autowired
    InvitationService invitations;
    @Autowired
    EmailAddressService emails;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestAudit audit;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static String address(String who) {
        return who + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + "@mail.upright.test";
    }

    /** A member with a confirmed address. */
    private AccountProfile memberWithEmail(String email) {
        AccountProfile member = accounts.create(Role.MEMBER);
        jdbc.sql("update account set email = ? where id = ?").params(email, member.id()).update();
        return member;
    }

    @Test
    void aForgottenPasswordIsResetOnceWithTheMailedLink() throws Exception {
        String email = address("rosa");
        AccountProfile rosa = memberWithEmail(email);

        assertThat(resets.request(rosa.username().toUpperCase(), "198.51.100.7")).isEqualTo(PasswordReset.ANSWERED);
        List<MimeMessage> mails = MailServer.await(email, 1);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getFrom()[0].toString()).isEqualTo(MailServer.FROM);
        assertThat(mail.getSubject()).isEqualTo("Choose a new Upright password");
        String token = MailServer.token(mail, "set-password");

        assertThat(links.find(token)).hasValue(new PasswordLinkTarget(rosa.username(), rosa.displayName(), PasswordLinkPurpose.RESET));
        assertThat(links.setPassword(token, GOOD_PASSWORD).purpose()).isEqualTo(PasswordLinkPurpose.RESET);
        assertThat(links.state(token)).isEqualTo(PasswordLinkState.USED);
        assertThatThrownBy(() -> links.setPassword(token, GOOD_PASSWORD + "!"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("token"));
        MailServer.settle();
        assertThat(MailServer.to(email)).as("sent once").hasSize(1);
        assertThat(audit.about(AuditTarget.ACCOUNT, rosa.id())).extracting(TestAudit.Row::action)
                .contains("PASSWORD_RESET_MAILED", "PASSWORD_SET_BY_LINK");

        // by address too, in any case
        assertThat(resets.request(email.toUpperCase(), "198.51.100.7")).isEqualTo(PasswordReset.ANSWERED);
        assertThat(MailServer.await(email, 2)).hasSize(2);
    }

    @Test
    void anExpiredResetLinkSaysItExpired() throws Exception {
        String email = address("ezra");
        AccountProfile ezra = memberWithEmail(email);
        resets.request(ezra.username(), "198.51.100.8");
        String token = MailServer.token(MailServer.await(email, 1).getFirst(), "set-password");
        // a reset link lasts an hour; this one was made 61 minutes ago
        jdbc.sql("""
                update password_link set created_at = now() - interval '61 minutes', expires_at = now() - interval '1 minute'
                where account_id = ?""").param(ezra.id()).update();
        assertThat(links.state(token)).isEqualTo(PasswordLinkState.EXPIRED);
        assertThat(links.find(token)).isEmpty();
        assertThatThrownBy(() -> links.setPassword(token, GOOD_PASSWORD)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void unknownNamesGetTheSameAnswerAndNoMail() {
        String nobody = address("nobody");
        assertThat(resets.request(nobody, "198.51.100.9")).isEqualTo(PasswordReset.ANSWERED);
        assertThat(resets.request("no-such-user-" + SEQUENCE.incrementAndGet(), "198.51.100.9")).isEqualTo(PasswordReset.ANSWERED);
        // an account without an address, and a disabled one, get nothing either
        AccountProfile noAddress = accounts.create(Role.MEMBER);
        assertThat(resets.request(noAddress.username(), "198.51.100.9")).isEqualTo(PasswordReset.ANSWERED);
        String disabledEmail = address("disabled");
        AccountProfile disabled = memberWithEmail(disabledEmail);
        accounts.disable(disabled.id());
        assertThat(resets.request(disabled.username(), "198.51.100.9")).isEqualTo(PasswordReset.ANSWERED);
        MailServer.settle();
        assertThat(MailServer.to(nobody)).isEmpty();
        assertThat(MailServer.to(disabledEmail)).isEmpty();
    }

    @Test
    void resetRequestsAreThrottledPerNameWhetherOrNotItExists() {
        String email = address("tess");
        AccountProfile tess = memberWithEmail(email);
        String unknown = "ghost-" + SEQUENCE.incrementAndGet();
        for (int i = 0; i < 5; i++) {
            assertThat(resets.request(tess.username(), "198.51.100." + (20 + i))).isEqualTo(PasswordReset.ANSWERED);
            assertThat(resets.request(unknown, "198.51.100." + (20 + i))).isEqualTo(PasswordReset.ANSWERED);
        }
        assertThat(resets.request(tess.username(), "198.51.100.30")).isEqualTo(PasswordReset.THROTTLED);
        assertThat(resets.request(unknown, "198.51.100.30")).isEqualTo(PasswordReset.THROTTLED);
        MailServer.settle();
        assertThat(MailServer.to(email)).hasSize(5);
    }

    @Test
    void aCoachInvitesTheirOwnClientWhoChoosesAPasswordOnce() throws Exception {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile otherCoach = accounts.create(Role.COACH);
        String email = address("ivy");
        TestAccounts.signIn(coach);

        assertThatThrownBy(() -> invitations.invite(new InvitationDraft("Ivy Invited", email, otherCoach.id())))
                .isInstanceOf(AccessDeniedException.class);
        Invitation invitation = invitations.invite(new InvitationDraft("Ivy Invited", email, null));
        assertThat(invitation.mailed()).isTrue();
        assertThat(invitation.setPasswordToken()).as("mailed, not shown").isNull();
        assertThat(invitation.member().coachId()).isEqualTo(coach.id());
        assertThat(invitation.member().email()).isEqualTo(email);
        assertThat(invitation.member().username()).startsWith("ivy-");
        assertThatThrownBy(() -> invitations.invite(new InvitationDraft("Ivy Again", email.toUpperCase(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("email", "An account with this e-mail address exists already"));
        TestAccounts.signOut();

        MimeMessage mail = MailServer.await(email, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("You are invited to Upright");
        assertThat(MailServer.body(mail)).contains(coach.displayName()).contains(invitation.member().username());
        String token = MailServer.token(mail, "set-password");
        assertThat(links.setPassword(token, GOOD_PASSWORD))
                .isEqualTo(new PasswordLinkTarget(invitation.member().username(), "Ivy Invited", PasswordLinkPurpose.INVITE));
        assertThat(links.state(token)).isEqualTo(PasswordLinkState.USED);
        assertThat(audit.about(AuditTarget.ACCOUNT, invitation.member().id())).extracting(TestAudit.Row::action, TestAudit.Row::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("MEMBER_INVITED", coach.username()));
        MailServer.settle();
        assertThat(MailServer.to(email)).hasSize(1);
    }

    @Test
    void anAdminInvitesForTheCoachTheyPickAndMembersCannotInvite() {
        AccountProfile coach = accounts.create(Role.COACH);
        TestAccounts.signIn(accounts.create(Role.ADMIN));
        String email = address("abe");
        Invitation invitation = invitations.invite(new InvitationDraft("Abe Admin-Invited", email, coach.id()));
        assertThat(invitation.member().coachId()).isEqualTo(coach.id());
        assertThat(MailServer.await(email, 1)).hasSize(1);
        assertThatThrownBy(() -> invitations.invite(new InvitationDraft("", "not an address", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("email", "Enter an e-mail address such as anna@example.org")
                        .containsKey("displayName"));

        TestAccounts.signIn(accounts.create(Role.MEMBER));
        assertThatThrownBy(() -> invitations.invite(new InvitationDraft("Mo", address("mo"), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewAddressCountsOnlyOnceItsLinkIsOpened() throws Exception {
        String old = address("olga-old");
        AccountProfile olga = memberWithEmail(old);
        String fresh = address("olga-new");
        TestAccounts.signIn(olga);
        EmailStatus waiting = emails.requestChange(fresh);
        assertThat(waiting).isEqualTo(new EmailStatus(old, fresh, true));
        assertThat(emails.status().current()).as("the old address stays").isEqualTo(old);
        TestAccounts.signOut();

        MimeMessage mail = MailServer.await(fresh, 1).getFirst();
        String token = MailServer.token(mail, "confirm-email");
        // opened on another device, signed out
        assertThat(emails.confirm(token)).isEqualTo(fresh);
        assertThatThrownBy(() -> emails.confirm(token))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("token"));
        TestAccounts.signIn(olga);
        assertThat(emails.status()).isEqualTo(new EmailStatus(fresh, null, true));
        assertThatThrownBy(() -> emails.requestChange("olga at home"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("email"));
    }

    @Test
    void anAddressAnotherAccountConfirmedFirstIsRefusedAtConfirmation() throws Exception {
        String shared = address("shared");
        AccountProfile first = accounts.create(Role.MEMBER);
        AccountProfile second = accounts.create(Role.MEMBER);
        TestAccounts.signIn(first);
        emails.requestChange(shared);
        TestAccounts.signIn(second);
        // the request never tells whether the address is taken
        emails.requestChange(shared.toUpperCase());
        TestAccounts.signOut();
        List<MimeMessage> mails = MailServer.await(shared, 2);
        String firstToken = MailServer.token(mails.get(0), "confirm-email");
        String secondToken = MailServer.token(mails.get(1), "confirm-email");
        emails.confirm(secondToken);
        assertThatThrownBy(() -> emails.confirm(firstToken))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("email", "This address belongs to another account."));
    }
}
