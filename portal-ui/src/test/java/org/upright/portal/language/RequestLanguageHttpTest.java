package org.upright.portal.language;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.ProfileService;
import org.upright.kernel.Role;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.validation.EmailAddress;
import org.upright.kernel.validation.FieldProblem;
import org.upright.kernel.validation.InputValidator;
import org.upright.portal.testing.HttpBrowser;
import org.upright.portal.testing.TestAccounts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language a page is in: the profile's choice, else the browser's first one Upright speaks, else English. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestLanguageHttpTest {

    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\blang=\"([a-z]+)\"");

    record Contact(@EmailAddress String email) {
    }

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ProfileService profiles;
    @Autowired
    InputValidator validator;

    @AfterEach
    void reset() {
        TestAccounts.signOut();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theBrowsersFirstSpokenLanguageWinsBeforeSignIn() {
        assertThat(lang(new HttpBrowser(port).speaking("de-AT,de;q=0.9,en;q=0.5"), "/login")).isEqualTo("de");
        assertThat(lang(new HttpBrowser(port).speaking("fr-FR,de;q=0.8,en;q=0.5"), "/login")).isEqualTo("de");
        assertThat(lang(new HttpBrowser(port).speaking("fr-FR,fr;q=0.9"), "/login")).isEqualTo("en");
        assertThat(lang(new HttpBrowser(port), "/login")).isEqualTo("en");
    }

    @Test
    void theProfilesChoiceWinsOverTheBrowser() {
        AccountProfile member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(member);
        profiles.changeLanguage(Language.GERMAN);
        TestAccounts.signOut();

        HttpBrowser english = new HttpBrowser(port).speaking("en-GB,en;q=0.9");
        english.postLogin(member.username(), TestAccounts.PASSWORD);
        assertThat(lang(english, "/")).isEqualTo("de");

        AccountProfile other = accounts.create(Role.MEMBER);
        HttpBrowser german = new HttpBrowser(port).speaking("de-DE");
        german.postLogin(other.username(), TestAccounts.PASSWORD);
        assertThat(lang(german, "/")).as("no choice on the profile: the browser's").isEqualTo("de");
    }

    @Test
    void validationMessagesFollowTheRequestsLanguage() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(validator.problems(new Contact("not-an-address")))
                .containsExactly(new FieldProblem("email", "Geben Sie eine E-Mail-Adresse wie anna@example.org ein"));
        LocaleContextHolder.setLocale(Locale.UK);
        assertThat(validator.problems(new Contact("not-an-address")))
                .containsExactly(new FieldProblem("email", "Enter an e-mail address such as anna@example.org"));
    }

    private static String lang(HttpBrowser browser, String path) {
        String body = browser.get(path).body();
        Matcher m = HTML_LANG.matcher(body);
        assertThat(m.find()).as("the page at " + path + " names its language").isTrue();
        return m.group(1);
    }
}
