package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.upright.portal.testing.HttpBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/** The set-password page must open without signing in: its visitor has no password yet. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SetPasswordPageHttpTest {

    @LocalServerPort
    int port;

    @Test
    void opensForAnonymousVisitorsWhileOtherPagesStillNeedASignIn() {
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(browser.get("/set-password/some-token").statusCode()).isEqualTo(200);
        assertThat(browser.get("/profile").statusCode()).isEqualTo(302);
        assertThat(browser.get("/admin/accounts").statusCode()).isEqualTo(302);
    }
}
