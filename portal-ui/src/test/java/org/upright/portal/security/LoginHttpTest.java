package org.upright.portal.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.HttpBrowser;
import org.upright.portal.testing.TestAccounts;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in over real HTTP, the way a browser's form post does it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LoginHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private HttpBrowser browser;

    @BeforeEach
    void newBrowser() {
        browser = new HttpBrowser(port);
    }

    private HttpResponse<String> postLogin(String username, String password) {
        return browser.postLogin(username, password);
    }

    private HttpResponse<String> get(String path) {
        return browser.get(path);
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/admin").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void correctPasswordSignsIn(CapturedOutput output) {
        AccountProfile member = accounts.create(Role.MEMBER);
        HttpResponse<String> login = postLogin(member.username(), TestAccounts.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(get("/today").statusCode()).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain(TestAccounts.PASSWORD);
    }

    static Stream<String[]> badCredentials() {
        return Stream.of(
                new String[] {"wrong password", "member", "not-the-password-123"},
                new String[] {"unknown user", "nobody-has-this-name", "whatever-password"},
                new String[] {"empty username", "", "some-password-here"},
                new String[] {"empty password", "member", ""},
                new String[] {"10 000 character username", "u".repeat(10_000), "secret-in-the-log-test"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCredentials")
    void badCredentialsShowAnErrorAndCreateNoSession(String label, String username, String password,
                                                      CapturedOutput output) {
        AccountProfile member = accounts.create(Role.MEMBER);
        String user = username.equals("member") ? member.username() : username;
        HttpResponse<String> login = postLogin(user, password);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        // the session that followed is still anonymous
        assertThat(get("/today").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> errorPage = get("/login?error");
        assertThat(errorPage.statusCode()).isEqualTo(200);
        assertThat(errorPage.body()).doesNotContain("Exception").doesNotContain("at org.");
        if (!password.isEmpty()) {
            assertThat(output.getAll()).doesNotContain(password);
        }
    }

    @Test
    void staticScriptsAndWebJarsAreServedToSignedInUsersOnly() {
        String[] assets = {"/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "/upright/charts/upright-pain-chart.js",
                "/upright/progress.css"};
        for (String asset : assets) {
            assertThat(get(asset).statusCode()).as(asset + " anonymously").isNotEqualTo(200);
        }
        postLogin(accounts.create(Role.MEMBER).username(), TestAccounts.PASSWORD);
        for (String asset : assets) {
            assertThat(get(asset).statusCode()).as(asset + " signed in").isEqualTo(200);
        }
    }

    @Test
    void theSignInAndSetPasswordPagesGetTheirStylesWithoutSigningIn() {
        assertThat(get("/upright/styles.css").statusCode()).isEqualTo(200);
        assertThat(get("/upright/accounts.css").statusCode()).isEqualTo(200);
    }

    @Test
    void disabledAccountCannotSignIn() {
        AccountProfile member = accounts.create(Role.MEMBER);
        accounts.disable(member.id());
        HttpResponse<String> login = postLogin(member.username(), TestAccounts.PASSWORD);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }
}
