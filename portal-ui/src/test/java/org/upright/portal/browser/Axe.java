package org.upright.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The axe-core accessibility checker (test resources only: {@code axe/axe.min.js}) run on the
 * page as it is now, shadow DOM included. {@link #check} fails on any serious or critical
 * violation and names each: rule, impact, the first offending elements and what axe says is
 * wrong with them. The source is evaluated through the DevTools protocol, which the page's
 * Content-Security-Policy does not govern, so the check sees the app under its real policy.
 */
final class Axe {

    private static final String SOURCE = load();

    /** WCAG 2.0–2.2 A and AA plus axe's best practices; minor and moderate findings are not counted. */
    private static final String RUN = """
            () => axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
                resultTypes: ['violations']
            }).then(r => r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ' (' + v.help + '): ' + v.nodes.slice(0, 4)
                    .map(n => n.target.join(' >> ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | ')))""";

    private Axe() {
    }

    /** No serious or critical violation on this page; {@code what} names the page in the message. */
    static void check(Page page, String what) {
        assertThat(violations(page)).as("axe on " + what + " (" + page.url() + ")").isEmpty();
    }

    /** The serious and critical violations on the page as it is now (after the network went quiet). */
    @SuppressWarnings("unchecked")
    static List<String> violations(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(300); // Vaadin's components finish drawing after the last round trip
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SOURCE);
        }
        return (List<String>) page.evaluate(RUN);
    }

    /** The page as a member with a dark colour-scheme preference sees it (reload to apply). */
    static void preferDark(Page page, boolean dark) {
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(dark
                ? com.microsoft.playwright.options.ColorScheme.DARK : com.microsoft.playwright.options.ColorScheme.LIGHT));
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
