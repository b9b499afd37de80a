package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.accounts.AccountAdminService;
import org.upright.accounts.AccountDraft;
import org.upright.accounts.CreatedAccount;
import org.upright.accounts.PasswordLinkService;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SetPasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountAdminService admin;
    @Autowired
    PasswordLinkService links;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String newLink() {
        TestAccounts.signIn(accounts.create(Role.ADMIN));
        CreatedAccount created = admin.create(new AccountDraft("linked-" + System.nanoTime(), "Lena Linked", Role.MEMBER, null, null));
        TestAccounts.signOut();
        return created.setPasswordToken();
    }

    private void fill(String password, String repeat) {
        test($(PasswordField.class).id("new-password")).setValue(password);
        test($(PasswordField.class).id("repeat-password")).setValue(repeat);
        test($(Button.class).id("save-password")).click();
    }

    @Test
    void aPersonWithALinkChoosesAPasswordAfterFixingMistakes() {
        String token = newLink();
        navigate("set-password/" + token, SetPasswordView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Choose your password");

        fill("Kettle!Orbit7Lagoon", "Kettle!Orbit7Lagoo");
        assertThat($(PasswordField.class).id("repeat-password").getErrorMessage()).isEqualTo("The two passwords differ");

        fill("qwerty123456", "qwerty123456");
        PasswordField password = $(PasswordField.class).id("new-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("well-known");

        fill("Kettle!Orbit7Lagoon", "Kettle!Orbit7Lagoon");
        assertThat($(H2.class).first().getText()).isEqualTo("Your password is set");
        assertThat($(Anchor.class).id("sign-in-link").getHref()).isEqualTo("login");
        assertThat(links.find(token)).isEmpty();
    }

    @Test
    void aUsedOrUnknownLinkSaysSo() {
        navigate("set-password/not-a-real-token", SetPasswordView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("This link no longer works");
        assertThat($(PasswordField.class).all()).isEmpty();
    }

    @Test
    void anExpiredOrUsedLinkSaysWhichAndWhereANewOneComesFrom() {
        String expired = newLink();
        jdbc.sql("""
                update password_link set created_at = now() - interval '4 days', expires_at = now() - interval '1 second'
                where token_hash = ?""").param(sha256(expired)).update();
        navigate("set-password/" + expired, SetPasswordView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("link-unusable-reason").getText())
                .startsWith("It has expired").contains("Forgot password?");

        String used = newLink();
        links.setPassword(used, "Kettle!Orbit7Lagoon");
        navigate("set-password/" + used, SetPasswordView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("link-unusable-reason").getText())
                .startsWith("It was already used");
    }

    @Test
    void forgotPasswordWithoutMailSaysWhomToAsk() {
        navigate("forgot-password", ForgotPasswordView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("reset-no-mail").getText())
                .contains("does not send mail").contains("coach or an administrator");
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).all()).isEmpty();
    }

    private static String sha256(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
