package org.upright.portal.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.router.Route;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.AuthenticatorApp;
import org.upright.portal.testing.HttpBrowser;
import org.upright.portal.testing.TestAccounts;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second sign-in step over real HTTP, with codes made as an authenticator app makes them and
 * a clock the test can move (the pending step's expiry).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovedClock clock;
    @Autowired
    Sessions sessions;

    @AfterEach
    void backToNow() {
        clock.offset = Duration.ZERO;
    }

    private String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpBrowser afterPassword(AccountProfile who) {
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(location(browser.postLogin(who.username(), TestAccounts.PASSWORD))).endsWith("/login/code");
        return browser;
    }

    @Test
    void aCoachWithThePasswordOnlyIsSentToTheSecondStepFromEveryPageAndIsNotSignedIn() {
        AccountProfile coach = accounts.create(Role.COACH);
        accounts.withAuthenticator(coach);
        HttpBrowser browser = afterPassword(coach);

        List<String> pages = new java.util.ArrayList<>(everyRoute());
        pages.remove("/login/code");
        assertThat(pages).hasSizeGreaterThan(20).contains("/coach", "/coach/triage", "/admin/accounts", "/today", "/login");
        pages.addAll(List.of("/coach/clients/1", "/nope"));
        for (String path : pages) {
            HttpResponse<String> answer = browser.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(location(answer)).as(path).endsWith("/login/code");
        }
        // files: what anyone gets before signing in (the theme, the sign-in styles), nothing more
        for (String file : List.of("/upright/progress.css", "/upright/charts/upright-pain-chart.js",
                "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js")) {
            assertThat(browser.get(file).statusCode()).as(file).isEqualTo(302);
        }
        for (String file : List.of("/lumo/lumo.css", "/upright/styles.css", "/upright/accounts.css")) {
            assertThat(browser.get(file).statusCode()).as(file).isEqualTo(200);
        }
        // the session holds no sign-in at all, so no service call could pass either
        HttpSession session = sessions.of(browser.sessionId());
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
        assertThat(PendingSignIn.in(session)).isPresent();
        assertThat(browser.get("/login/code").statusCode()).isEqualTo(200);
    }

    @Test
    void theRightCodeSignsInUnderANewSessionIdAndLeadsWhereTheCoachWasHeaded() {
        AccountProfile coach = accounts.create(Role.COACH);
        String secret = accounts.withAuthenticator(coach);
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(location(browser.get("/coach/triage"))).endsWith("/login");
        assertThat(location(browser.postLogin(coach.username(), TestAccounts.PASSWORD))).endsWith("/login/code");
        String pendingId = browser.sessionId();

        HttpResponse<String> code = browser.postCode(AuthenticatorApp.nextCode(secret));
        assertThat(location(code)).contains("/coach/triage");
        assertThat(browser.sessionId()).isNotEqualTo(pendingId);
        HttpResponse<String> clients = browser.get("/coach/triage");
        assertThat(clients.statusCode()).as(location(clients)).isEqualTo(200);
        assertThat(browser.isSignedInAt("/profile")).isTrue();
    }

    @Test
    void wrongCodesStayOnTheStepAreAuditedAndLockLikeWrongPasswords() {
        AccountProfile coach = accounts.create(Role.COACH);
        String secret = accounts.withAuthenticator(coach);
        HttpBrowser browser = afterPassword(coach);
        String wrong = otherThan(AuthenticatorApp.codeNow(secret));
        for (int i = 0; i < 4; i++) {
            assertThat(location(browser.postCode(wrong))).endsWith("/login/code?wrong");
        }
        assertThat(location(browser.postCode(" "))).as("a blank is no guess").endsWith("/login/code?empty");
        // a right password again does not forget the wrong codes
        HttpBrowser again = afterPassword(coach);
        assertThat(location(again.postCode(wrong))).endsWith("/login/code?wrong");
        assertThat(location(again.postCode(AuthenticatorApp.nextCode(secret)))).endsWith("/login?throttled");
        assertThat(again.isSignedInAt("/coach")).isFalse();
        assertThat(location(new HttpBrowser(port).postLogin(coach.username(), TestAccounts.PASSWORD)))
                .endsWith("/login?throttled");
        assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and action = 'SIGN_IN_FAILED'"
                        + " and details = ?")
                .param(coach.username()).param(SecondFactorFilter.WRONG_CODE).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void aCodeThatSignedInOnceIsRefusedTheSecondTime() {
        AccountProfile coach = accounts.create(Role.COACH);
        String secret = accounts.withAuthenticator(coach);
        String code = AuthenticatorApp.nextCode(secret);
        assertThat(location(afterPassword(coach).postCode(code))).doesNotContain("/login");

        HttpBrowser eavesdropper = afterPassword(coach);
        assertThat(location(eavesdropper.postCode(code))).endsWith("/login/code?wrong");
        assertThat(eavesdropper.isSignedInAt("/coach")).isFalse();
    }

    @Test
    void anUnfinishedSecondStepExpiresAndStartsOverWithAMessage() {
        AccountProfile admin = accounts.create(Role.ADMIN);
        String secret = accounts.withAuthenticator(admin);
        HttpBrowser browser = afterPassword(admin);
        clock.offset = Duration.ofMinutes(4);
        assertThat(location(browser.get("/admin"))).as("still within 5 minutes").endsWith("/login/code");

        clock.offset = Duration.ofMinutes(5).plusSeconds(2);
        assertThat(location(browser.get("/admin"))).endsWith("/login?expired");
        assertThat(browser.get("/login?expired").statusCode()).isEqualTo(200);
        clock.offset = Duration.ZERO;
        assertThat(location(browser.get("/admin"))).as("the pending step is gone").endsWith("/login");
        assertThat(browser.isSignedInAt("/admin")).isFalse();
        assertThat(location(browser.signIn(admin.username(), TestAccounts.PASSWORD, secret))).doesNotContain("/login");
    }

    @Test
    void enrolmentAtTheFirstSignInThenRecoveryCodesWorkOnceEach() {
        AccountProfile coach = accounts.create(Role.COACH);
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(location(browser.postLogin(coach.username(), TestAccounts.PASSWORD))).endsWith("/login/enrol");
        assertThat(location(browser.get("/coach"))).endsWith("/login/enrol");
        HttpResponse<String> page = browser.get("/login/enrol");
        assertThat(page.body()).contains("data:image/png;base64,");
        Matcher key = Pattern.compile("([A-Z2-7]{4} ){7}[A-Z2-7]{4}").matcher(page.body());
        assertThat(key.find()).as("the key to type in").isTrue();
        String secret = key.group().replace(" ", "");

        assertThat(location(browser.postForm("/login/enrol", "code=" + otherThan(AuthenticatorApp.codeNow(secret)))))
                .endsWith("/login/enrol?wrong");
        assertThat(location(browser.postForm("/login/enrol", "code=" + AuthenticatorApp.nextCode(secret))))
                .endsWith("/login/recovery-codes");
        assertThat(location(browser.get("/coach"))).as("not signed in before the codes were seen").endsWith("/login/recovery-codes");
        Matcher codes = Pattern.compile("\\b[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}\\b")
                .matcher(browser.get("/login/recovery-codes").body());
        List<String> recovery = codes.results().map(m -> m.group()).distinct().toList();
        assertThat(recovery).hasSize(10);
        assertThat(location(browser.postForm("/login/recovery-codes", ""))).doesNotContain("/login");
        assertThat(browser.isSignedInAt("/coach")).isTrue();

        HttpBrowser lostPhone = afterPassword(coach);
        assertThat(location(lostPhone.postCode(recovery.get(2).toUpperCase()))).doesNotContain("/login");
        assertThat(lostPhone.isSignedInAt("/coach")).isTrue();
        assertThat(location(afterPassword(coach).postCode(recovery.get(2)))).endsWith("/login/code?wrong");
        assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and action in "
                        + "('SECOND_FACTOR_ENROLLED', 'RECOVERY_CODE_USED')")
                .param(coach.username()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void membersSignInWithThePasswordUnlessTheyTurnedTheSecondStepOn() {
        AccountProfile member = accounts.screened(accounts.create(Role.MEMBER));
        HttpBrowser plain = new HttpBrowser(port);
        assertThat(location(plain.postLogin(member.username(), TestAccounts.PASSWORD))).doesNotContain("/login");
        assertThat(plain.isSignedInAt("/today")).isTrue();

        String secret = accounts.withAuthenticator(member);
        HttpBrowser careful = afterPassword(member);
        assertThat(careful.isSignedInAt("/today")).isFalse();
        assertThat(location(careful.postCode(AuthenticatorApp.nextCode(secret)))).doesNotContain("/login");
        assertThat(careful.isSignedInAt("/today")).isTrue();
    }

    /** The address of every view of the app (route parameters filled in with 1). */
    private static List<String> everyRoute() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.upright.portal").stream()
                .map(candidate -> {
                    try {
                        return Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class).value();
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(route -> "/" + route.replaceAll(":[^/]+", "1"))
                .distinct().sorted().toList();
    }

    private static String otherThan(String code) {
        return "123456".equals(code) ? "654321" : "123456";
    }

    /** The system clock moved by {@link #offset}: codes stay real, the pending step's age does not. */
    static final class MovedClock extends Clock {
        volatile Duration offset = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    /** The server's sessions by id, so a test can look at what a browser's session holds. */
    static final class Sessions implements HttpSessionListener, HttpSessionIdListener {
        private final Map<String, HttpSession> byId = new ConcurrentHashMap<>();

        HttpSession of(String id) {
            return byId.get(id);
        }

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            byId.put(event.getSession().getId(), event.getSession());
        }

        @Override
        public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
            byId.remove(oldSessionId);
            byId.put(event.getSession().getId(), event.getSession());
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            byId.remove(event.getSession().getId());
        }
    }

    @TestConfiguration
    static class Fixtures {
        @Bean
        @Primary
        MovedClock movedClock() {
            return new MovedClock();
        }

        @Bean
        Sessions sessions() {
            return new Sessions();
        }
    }
}
