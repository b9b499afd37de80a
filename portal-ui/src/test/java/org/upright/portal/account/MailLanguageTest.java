package org.upright.portal.account;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.EmailAddressService;
import org.upright.accounts.InvitationDraft;
import org.upright.accounts.InvitationService;
import org.upright.accounts.PasswordReset;
import org.upright.accounts.PasswordResetService;
import org.upright.kernel.Role;
import org.upright.portal.testing.MailServer;
import org.upright.portal.testing.TestAccounts;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail to a person is written in their language: the one on their profile, else the language of
 * the request that made it (the browser's), through a real SMTP server in the test JVM.
 */
@SpringBootTest
class MailLanguageTest {

    private static final AtomicInteger CLIENT = new AtomicInteger(10);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailServer.register(registry);
    }

    @Autowired
    TestAccounts accounts;
    @Autowired
    PasswordResetService resets;
    @Autowired
    EmailAddressService emails;
    @Autowired
    InvitationService invitations;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheRequest() {
        LocaleContextHolder.resetLocaleContext();
        TestAccounts.signOut();
    }

    @Test
    void aResetMailSpeaksTheAccountsLanguageWhateverTheBrowserSays() throws Exception {
        AccountProfile member = accounts.create(Role.MEMBER);
        String address = withAddress(member, "de");
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(resets.request(member.username(), client())).isEqualTo(PasswordReset.ANSWERED);
        MimeMessage mail = MailServer.await(address, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Wählen Sie ein neues Passwort für Upright");
        assertThat(text(mail)).startsWith("Guten Tag " + member.displayName() + ",")
                .contains("„" + member.username() + "“", "in den nächsten 60 Minuten", MailServer.PORTAL_URL + "/set-password/");
    }

    @Test
    void withoutALanguageOfTheirOwnAPersonGetsTheResetMailInTheLanguageTheyAskedIn() throws Exception {
        AccountProfile german = accounts.create(Role.MEMBER);
        String germanAddress = withAddress(german, null);
        LocaleContextHolder.setLocale(Locale.GERMAN);
        resets.request(german.username(), client());
        assertThat(MailServer.await(germanAddress, 1).getFirst().getSubject()).isEqualTo("Wählen Sie ein neues Passwort für Upright");

        AccountProfile english = accounts.create(Role.MEMBER);
        String englishAddress = withAddress(english, null);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en-GB"));
        resets.request(english.username(), client());
        MimeMessage mail = MailServer.await(englishAddress, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Choose a new Upright password");
        assertThat(text(mail)).startsWith("Hello " + english.displayName() + ",\n\nsomeone (hopefully you) asked")
                .contains("for the next 60 minutes:", "If you did not ask for this, ignore this mail: your password stays as it is.");
    }

    @Test
    void theAddressConfirmationSpeaksTheProfilesLanguage() throws Exception {
        AccountProfile member = accounts.create(Role.MEMBER);
        withAddress(member, "de");
        TestAccounts.signIn(member);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String next = "new-" + member.username() + "@mail.upright.test";

        emails.requestChange(next);
        MimeMessage mail = MailServer.await(next, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Bestätigen Sie Ihre E-Mail-Adresse für Upright");
        assertThat(text(mail)).contains("innerhalb von 24 Stunden", MailServer.PORTAL_URL + "/confirm-email/");
    }

    @Test
    void anInvitationSpeaksTheInvitersLanguageAsTheNewMemberHasNoneYet() throws Exception {
        AccountProfile coach = accounts.create(Role.COACH);
        TestAccounts.signIn(coach);
        LocaleContextHolder.setLocale(Locale.GERMAN);
        String address = "invited-" + CLIENT.incrementAndGet() + "-" + coach.username() + "@mail.upright.test";

        invitations.invite(new InvitationDraft("Ines Eingeladen", address, null));
        MimeMessage mail = MailServer.await(address, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Sie sind zu Upright eingeladen");
        assertThat(text(mail)).startsWith("Guten Tag Ines Eingeladen,")
                .contains(coach.displayName() + " lädt Sie zu Upright ein", "in den nächsten 72 Stunden");
    }

    /** Gives the account a confirmed address and a language code ("de", or null to follow the browser). */
    private String withAddress(AccountProfile who, String language) {
        String address = who.username() + "@mail.upright.test";
        jdbc.sql("update account set email = ?, language = ? where id = ?").param(address).param(language).param(who.id())
                .update();
        return address;
    }

    /** A different client address each time, so the reset throttle never counts one test against another. */
    private static String client() {
        return "192.0.2." + CLIENT.incrementAndGet();
    }

    private static String text(MimeMessage mail) throws Exception {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }
}
