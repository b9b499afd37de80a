package org.upright.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view, as each role, under the app's real Content-Security-Policy: the browser reports
 * each blocked script, style, image or connection as a {@code securitypolicyviolation} event,
 * and none may occur.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTestBase {

    private static final java.util.Map<String, List<String>> VIEWS = java.util.Map.of(
            "member", List.of("/", "/today", "/progress", "/history", "/library", "/routines", "/programs", "/profile"),
            "coach", List.of("/", "/coach", "/coach/triage", "/library", "/routines", "/profile"),
            "admin", List.of("/", "/admin", "/admin/accounts", "/admin/audit", "/admin/articles", "/admin/routines",
                    "/admin/programs", "/library", "/profile"));

    private static final String COLLECT = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at '
                    + e.sourceFile + ':' + e.lineNumber));""";

    @ParameterizedTest(name = "{0}: no CSP violation on any view")
    @CsvSource({"member, member-upright", "coach, coach-upright", "admin, admin-upright"})
    void noViewViolatesThePolicy(String username, String password) {
        Page page = browser.newPage(false);
        page.addInitScript(COLLECT);
        List<String> violations = new ArrayList<>();
        page.navigate(portal.url("/login"));
        page.locator("#vaadinLoginUsername input").waitFor();
        violations.addAll(collected(page, "/login"));
        BrowserSession.signIn(page, portal, username, password);
        for (String view : VIEWS.get(username)) {
            page.navigate(portal.url(view));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.waitForTimeout(500);
            violations.addAll(collected(page, view));
        }
        // a page with a routine's runner and an article, reached through the member's own links
        if (username.equals("member")) {
            page.navigate(portal.url("/library"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            String article = (String) page.evaluate(
                    "() => { const a = document.querySelector('a[href^=\"library/\"]'); return a ? a.getAttribute('href') : null; }");
            if (article != null) {
                page.navigate(portal.url("/" + article));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                page.waitForTimeout(500);
                violations.addAll(collected(page, article));
            }
        }
        assertThat(violations).isEmpty();
        page.context().close();
    }

    @SuppressWarnings("unchecked")
    private static List<String> collected(Page page, String view) {
        List<String> found = (List<String>) page.evaluate("() => window.__cspViolations || []");
        return found.stream().map(v -> view + ": " + v).toList();
    }
}
