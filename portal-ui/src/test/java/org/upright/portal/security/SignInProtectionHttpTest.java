package org.upright.portal.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.HttpBrowser;
import org.upright.portal.testing.TestAccounts;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in throttling and login CSRF, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInProtectionHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private HttpBrowser browser;

    @BeforeEach
    void newBrowser() {
        browser = new HttpBrowser(port);
    }

    private String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() {
        AccountProfile member = accounts.create(Role.MEMBER);
        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.postLogin(member.username(), "wrong-guess-" + i))).endsWith("/login?error");
        }
        HttpResponse<String> right = browser.postLogin(member.username(), TestAccounts.PASSWORD);
        assertThat(location(right)).endsWith("/login?throttled");
        assertThat(browser.isSignedInAt("/today")).isFalse();
        assertThat(browser.get("/login?throttled").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where lower(actor_username) = lower(?) and action = 'SIGN_IN_FAILED'")
                .param(member.username()).query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from audit_event where lower(actor_username) = lower(?) and action = 'SIGN_IN_THROTTLED'")
                .param(member.username()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownNameGetsTheSameAnswersAsAnAccount() {
        String nobody = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.postLogin(nobody, "wrong-guess-" + i))).endsWith("/login?error");
        }
        assertThat(location(browser.postLogin(nobody, TestAccounts.PASSWORD))).endsWith("/login?throttled");
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        AccountProfile member = accounts.create(Role.MEMBER);
        for (int i = 0; i < 4; i++) {
            browser.postLogin(member.username(), "wrong-guess-" + i);
        }
        assertThat(location(browser.postLogin(member.username(), TestAccounts.PASSWORD))).doesNotContain("?");
        HttpBrowser other = new HttpBrowser(port);
        for (int i = 0; i < 4; i++) {
            other.postLogin(member.username(), "wrong-again-" + i);
        }
        assertThat(location(other.postLogin(member.username(), TestAccounts.PASSWORD))).doesNotContain("?");
        assertThat(other.isSignedInAt("/today")).isTrue();
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefused() throws Exception {
        AccountProfile member = accounts.create(Role.MEMBER);
        // a foreign page posting the form: a session cookie may exist, but it cannot know the token
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(member.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        // refused before the password is looked at: back to the plain login page, not signed in
        assertThat(post.statusCode()).isIn(302, 403);
        assertThat(location(post)).doesNotContain("?error").satisfiesAnyOf(l -> assertThat(l).isEmpty(),
                l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> today = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/today"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(today.statusCode()).as("still anonymous").isEqualTo(302);

        // the same post with the page's token signs in
        assertThat(location(browser.postLogin(member.username(), TestAccounts.PASSWORD))).doesNotContain("?");
        assertThat(browser.isSignedInAt("/today")).isTrue();
    }
}
