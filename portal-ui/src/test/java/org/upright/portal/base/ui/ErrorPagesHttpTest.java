package org.upright.portal.base.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.HttpBrowser;
import org.upright.portal.testing.TestAccounts;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages over real HTTP: the status a browser sees, the page drawn inside the app's layout
 * (the first load carries the rendered view, so its text and the layout's sign-out are in the answer).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private HttpBrowser signedIn(Role role) {
        AccountProfile who = accounts.create(role);
        // coaches and admins sign in with a code from their app too
        String secret = role == Role.MEMBER ? null : accounts.withAuthenticator(who);
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(browser.signIn(who.username(), TestAccounts.PASSWORD, secret).headers().firstValue("Location")
                .orElseThrow()).doesNotContain("error").doesNotContain("/login");
        return browser;
    }

    @Test
    void unknownAddressesShowTheNotFoundPageInsideTheLayout() {
        HttpBrowser member = signedIn(Role.MEMBER);
        for (String path : new String[] {"/nope", "/coach/clients/abc", "/today/extra/parts"}) {
            HttpResponse<String> page = member.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("There is no page at this address", "not-found-home", "sign-out");
        }
        HttpResponse<String> coach = signedIn(Role.COACH).get("/coach/clients/abc");
        assertThat(coach.statusCode()).isEqualTo(404);
        assertThat(coach.body()).contains("There is no page at this address");
    }

    @Test
    void accessDeniedAnswers403InsideTheLayout() {
        HttpResponse<String> page = signedIn(Role.MEMBER).get("/admin/accounts");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You don't have access to this page", "sign-out");
    }

    @Test
    void signingInFromADeadLinkLandsOnTheMembersHome() {
        AccountProfile member = accounts.screened(accounts.create(Role.MEMBER));
        HttpBrowser browser = new HttpBrowser(port);
        HttpResponse<String> first = browser.get("/nope");
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        String back = browser.postLogin(member.username(), TestAccounts.PASSWORD).headers().firstValue("Location")
                .orElseThrow();
        assertThat(back).contains("/nope");
        HttpResponse<String> landing = browser.get(back.substring(back.indexOf("/", "http://".length())));
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).doesNotContain("There is no page at this address").contains("check-in");
    }

    @Test
    void anEndedSessionSaysSoWithoutBlamingCookies() {
        var messages = SessionMessages.messages();
        for (String text : new String[] {messages.getSessionExpiredCaption(), messages.getSessionExpiredMessage(),
                messages.getCookiesDisabledCaption(), messages.getCookiesDisabledMessage()}) {
            assertThat(text).doesNotContainIgnoringCase("cookie");
        }
        assertThat(messages.getCookiesDisabledCaption()).contains("session has ended");
        assertThat(messages.getCookiesDisabledMessage()).contains("sign in again");
        assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
    }
}
