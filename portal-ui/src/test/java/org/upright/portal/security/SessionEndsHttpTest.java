package org.upright.portal.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.upright.accounts.AccountAdminService;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.ProfileService;
import org.upright.kernel.Role;
import org.upright.portal.testing.HttpBrowser;
import org.upright.portal.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** An open session ends at its next request once its account is disabled or its sessions are revoked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionEndsHttpTest {

    private static final String NEW_PASSWORD = "Kettle!Orbit7Lagoon";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountAdminService admin;
    @Autowired
    ProfileService profile;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private HttpBrowser signedIn(AccountProfile who, String password) {
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(browser.postLogin(who.username(), password).headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
        return browser;
    }

    /** A browser of the member, checked to be signed in before the test does anything. */
    private HttpBrowser memberOnToday(AccountProfile member) {
        HttpBrowser browser = signedIn(member, TestAccounts.PASSWORD);
        assertThat(browser.isSignedInAt("/today")).isTrue();
        return browser;
    }

    private void asAdmin(Runnable action) {
        TestAccounts.signIn(accounts.create(Role.ADMIN));
        try {
            action.run();
        } finally {
            TestAccounts.signOut();
        }
    }

    @Test
    void disablingEndsTheOpenSessionAndReEnablingDoesNotRevive() {
        AccountProfile member = accounts.create(Role.MEMBER);
        HttpBrowser browser = memberOnToday(member);

        asAdmin(() -> admin.setEnabled(member.id(), false));
        var next = browser.get("/today");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        asAdmin(() -> admin.setEnabled(member.id(), true));
        assertThat(browser.isSignedInAt("/today")).isFalse();
        assertThat(signedIn(member, TestAccounts.PASSWORD).isSignedInAt("/today")).isTrue();
    }

    @Test
    void aPasswordResetEndsOpenSessionsAndTheNewPasswordSignsIn() {
        AccountProfile member = accounts.create(Role.MEMBER);
        HttpBrowser browser = memberOnToday(member);

        asAdmin(() -> admin.resetPassword(member.id(), NEW_PASSWORD));
        assertThat(browser.isSignedInAt("/today")).isFalse();
        assertThat(signedIn(member, NEW_PASSWORD).isSignedInAt("/today")).isTrue();
    }

    @Test
    void aRoleChangeEndsTheSessionThatHeldTheOldRole() {
        AccountProfile member = accounts.create(Role.MEMBER);
        HttpBrowser browser = memberOnToday(member);

        asAdmin(() -> admin.changeRole(member.id(), Role.COACH));
        assertThat(browser.isSignedInAt("/today")).isFalse();
        // as a coach, with a code from an app besides the password
        String secret = accounts.withAuthenticator(member);
        HttpBrowser coach = new HttpBrowser(port);
        assertThat(coach.signIn(member.username(), TestAccounts.PASSWORD, secret).headers().firstValue("Location")
                .orElseThrow()).doesNotContain("/login");
        assertThat(coach.isSignedInAt("/coach")).isTrue();
    }

    @Test
    void changingYourOwnPasswordEndsYourOtherSessions() {
        AccountProfile member = accounts.create(Role.MEMBER);
        HttpBrowser phone = memberOnToday(member);

        TestAccounts.signIn(member);
        profile.changePassword(TestAccounts.PASSWORD, NEW_PASSWORD);
        TestAccounts.signOut();
        assertThat(phone.isSignedInAt("/today")).isFalse();
    }

    @Test
    void otherAccountsKeepTheirSessions() {
        AccountProfile member = accounts.create(Role.MEMBER);
        AccountProfile bystander = accounts.create(Role.MEMBER);
        HttpBrowser browser = signedIn(bystander, TestAccounts.PASSWORD);
        asAdmin(() -> admin.setEnabled(member.id(), false));
        assertThat(browser.isSignedInAt("/today")).isTrue();
    }
}
