package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.kernel.Role;
import org.upright.kernel.i18n.Language;
import org.upright.portal.security.SessionSignIn;
import org.upright.portal.testing.AuthenticatorApp;
import org.upright.portal.testing.TestAccounts;

import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void everyRoleHasAProfileInTheMenu() {
        for (Role role : Role.values()) {
            TestAccounts.signIn(accounts.create(role));
            navigate(ProfileView.class);
            assertThat($(SideNav.class).single().getItems()).extracting(SideNavItem::getLabel).contains("Profile");
        }
    }

    @Test
    void aMemberSeesTheirCoachAndRenamesThemself() {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile member = accounts.create(Role.MEMBER, coach.id());
        TestAccounts.signIn(member);
        navigate(ProfileView.class);
        assertThat($(Paragraph.class).id("profile-coach").getText()).isEqualTo("Your coach is " + coach.displayName() + ".");

        test($(TextField.class).id("profile-name")).setValue("");
        test($(Button.class).id("save-name")).click();
        assertThat($(TextField.class).id("profile-name").getErrorMessage()).isEqualTo("Enter your name");

        test($(TextField.class).id("profile-name")).setValue("Mia Renamed");
        test($(Button.class).id("save-name")).click();
        assertThat(accountService.findByUsername(member.username())).hasValueSatisfying(p -> assertThat(p.displayName()).isEqualTo("Mia Renamed"));
    }

    @Test
    void changingThePasswordShowsMistakesNextToTheFieldsAndKeepsThisSession() {
        AccountProfile coach = accounts.create(Role.COACH);
        TestAccounts.signIn(coach);
        navigate(ProfileView.class);
        assertThat($(Paragraph.class).all()).noneMatch(p -> "profile-coach".equals(p.getId().orElse("")));

        test($(PasswordField.class).id("current-password")).setValue("not my password");
        test($(PasswordField.class).id("new-password")).setValue("Kettle!Orbit7Lagoon");
        test($(PasswordField.class).id("repeat-password")).setValue("Kettle!Orbit7Lagoon");
        test($(Button.class).id("change-password")).click();
        assertThat($(PasswordField.class).id("current-password").getErrorMessage()).isEqualTo("That is not your current password");
        assertThat($(PasswordField.class).id("new-password").getValue()).isEqualTo("Kettle!Orbit7Lagoon");

        test($(PasswordField.class).id("current-password")).setValue(TestAccounts.PASSWORD);
        test($(Button.class).id("change-password")).click();
        assertThat(encoder.matches("Kettle!Orbit7Lagoon", jdbc.sql("select password_hash from account where id = ?")
                .param(coach.id()).query(String.class).single())).isTrue();
        assertThat($(PasswordField.class).id("current-password").getValue()).isEmpty();

        // this session was stamped after the revocation, so it stays signed in
        Instant validAfter = jdbc.sql("select sessions_valid_after from account where id = ?").param(coach.id())
                .query(Timestamp.class).single().toInstant();
        Object stamp = VaadinSession.getCurrent().getSession().getAttribute(SessionSignIn.ATTRIBUTE);
        assertThat((Instant) stamp).isAfterOrEqualTo(validAfter);
    }

    @Test
    void aMemberTurnsTwoStepSignInOnWithTheQrCodeGetsRecoveryCodesAndTurnsItOffAgain() {
        AccountProfile member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(member);
        navigate(ProfileView.class);
        assertThat($(Paragraph.class).id("second-factor-status").getText()).startsWith("Off");

        test($(Button.class).id("set-up-second-factor")).click();
        assertThat($(Image.class).id("profile-enrol-qr").getSrc()).startsWith("data:image/png;base64,");
        String secret = $(Code.class).id("profile-enrol-secret").getText().replace(" ", "");
        test($(TextField.class).id("second-factor-code")).setValue("12345");
        test($(Button.class).id("confirm-second-factor")).click();
        assertThat($(TextField.class).id("second-factor-code").getErrorMessage()).startsWith("That code is not right");

        test($(TextField.class).id("second-factor-code")).setValue(AuthenticatorApp.nextCode(secret));
        test($(Button.class).id("confirm-second-factor")).click();
        assertThat($(OrderedList.class).id("recovery-code-list").getChildren().count()).isEqualTo(10);
        test($(Button.class).id("saved-recovery-codes")).click();
        assertThat($(Paragraph.class).id("second-factor-status").getText()).startsWith("On since")
                .contains("10 of 10 recovery codes left");

        // turning off needs a current code; the one that turned it on does not count again
        test($(TextField.class).id("second-factor-code")).setValue("000000");
        test($(Button.class).id("turn-off-second-factor")).click();
        assertThat($(TextField.class).id("second-factor-code").getErrorMessage()).startsWith("That code is not right");
        test($(TextField.class).id("second-factor-code")).setValue(AuthenticatorApp.nextCode(secret));
        test($(Button.class).id("turn-off-second-factor")).click();
        assertThat($(Paragraph.class).id("second-factor-status").getText()).startsWith("Off");
    }

    @Test
    void aCoachMakesNewRecoveryCodesButCannotTurnTwoStepSignInOff() {
        AccountProfile coach = accounts.create(Role.COACH);
        String secret = accounts.withAuthenticator(coach);
        TestAccounts.signIn(coach);
        navigate(ProfileView.class);
        assertThat($(Paragraph.class).id("second-factor-status").getText()).contains("Your role requires it");
        assertThat($(Button.class).all()).noneMatch(b -> "turn-off-second-factor".equals(b.getId().orElse("")));

        test($(TextField.class).id("second-factor-code")).setValue(AuthenticatorApp.nextCode(secret));
        test($(Button.class).id("renew-recovery-codes")).click();
        assertThat($(OrderedList.class).id("recovery-code-list").getChildren().count()).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and action = 'RECOVERY_CODES_RENEWED'")
                .param(coach.username()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingDeutschStoresItOnTheProfileAndTheBrowsersLanguageClearsIt() {
        AccountProfile member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(member);
        navigate(ProfileView.class);
        Select<Language> language = $(Select.class).id("profile-language");
        assertThat(language.getValue()).isNull();
        assertThat(language.getItemLabelGenerator().apply(null)).isEqualTo("Browser's language");

        test(language).selectItem("Deutsch");
        assertThat(accountService.findByUsername(member.username()))
                .hasValueSatisfying(p -> assertThat(p.language()).isEqualTo(Language.GERMAN));

        navigate(ProfileView.class);
        language = $(Select.class).id("profile-language");
        assertThat(language.getValue()).isEqualTo(Language.GERMAN);
        language.setValue(null);
        assertThat(accountService.findByUsername(member.username()))
                .hasValueSatisfying(p -> assertThat(p.language()).isNull());
    }

    @Test
    @SuppressWarnings("unchecked")
    void inGermanTheProfileSpeaksGerman() {
        AccountProfile member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(member);
        // as LanguageFilter and UiLanguage do for a German request: the request's and the UI's language agree
        org.springframework.context.i18n.LocaleContextHolder.setLocale(Language.GERMAN.locale());
        com.vaadin.flow.component.UI.getCurrent().setLocale(Language.GERMAN.locale());
        try {
            navigate(ProfileView.class);
            Select<Language> language = $(Select.class).id("profile-language");
            assertThat(language.getLabel()).isEqualTo("Sprache des Portals");
            assertThat(language.getItemLabelGenerator().apply(null)).isEqualTo("Sprache des Browsers");
            assertThat($(Paragraph.class).id("profile-who").getText())
                    .isEqualTo("Angemeldet als " + member.username() + " · Mitglied");
            assertThat($(Button.class).id("change-password").getText()).isEqualTo("Passwort ändern");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }
}
