package org.upright.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.upright.kernel.Role;
import org.upright.portal.testing.HttpBrowser;
import org.upright.portal.testing.TestAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The security headers and cookie options on Vaadin's pages, static files and redirects. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class SecurityHeadersHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    private static void assertCommonHeaders(HttpHeaders headers, String what) {
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy")).as(what).hasValueSatisfying(p -> assertThat(p)
                .contains("screen-wake-lock=(self)").contains("camera=()").contains("geolocation=()"));
        String csp = headers.firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError(what + ": no CSP"));
        assertThat(csp).as(what).contains("default-src 'self'", "img-src 'self' data:", "frame-ancestors 'none'",
                "object-src 'none'", "base-uri 'self'").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(headers.allValues("Content-Security-Policy")).as(what + ": one policy").hasSize(1);
    }

    @Test
    void vaadinPagesCarryANoncePolicyThatMatchesTheirScripts() {
        HttpBrowser browser = new HttpBrowser(port);
        browser.postLogin(accounts.create(Role.MEMBER).username(), TestAccounts.PASSWORD);
        HttpResponse<String> today = browser.get("/today");
        assertThat(today.statusCode()).isEqualTo(200);
        assertCommonHeaders(today.headers(), "/today");
        assertThat(today.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));

        String csp = today.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(csp);
        assertThat(nonce.find()).as(csp).isTrue();
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(today.body());
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group(1)).contains("nonce=\"" + nonce.group(1) + "\"");
            count++;
        }
        assertThat(count).isPositive();
        // a new page load gets a new nonce
        assertThat(browser.get("/today").headers().firstValue("Content-Security-Policy").orElseThrow()).isNotEqualTo(csp);
    }

    @Test
    void theLoginPageStaticFilesAndRedirectsCarryThemToo() {
        HttpBrowser browser = new HttpBrowser(port);
        assertCommonHeaders(browser.get("/login").headers(), "/login");
        assertCommonHeaders(browser.get("/upright/styles.css").headers(), "styles.css");
        HttpResponse<String> redirect = browser.get("/today");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertCommonHeaders(redirect.headers(), "redirect");
        assertThat(redirect.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void plainHttpGetsNoHstsAndALaxNonSecureCookie() throws Exception {
        HttpResponse<Void> login = send("/login", false);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        String cookie = sessionCookie(login);
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void behindATlsProxyHstsIsSentAndTheCookieIsSecure() throws Exception {
        HttpResponse<Void> login = send("/login", true);
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000"));
        assertThat(sessionCookie(login)).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");
    }

    private HttpResponse<Void> send(String path, boolean viaTlsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (viaTlsProxy) {
            request.header("X-Forwarded-Proto", "https");
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }
}
