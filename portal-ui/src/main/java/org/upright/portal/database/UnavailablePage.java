package org.upright.portal.database;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.HtmlUtils;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;
import org.upright.portal.language.SessionLanguage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The page a page load gets while the database is down: 503 with Retry-After, plain HTML and one
 * same-origin stylesheet (the strict policy for non-Vaadin responses allows nothing inline). It
 * reloads itself, so the member is back where they were once the database answers. It speaks the
 * language known without the database: the one this session remembered, else the browser's.
 */
final class UnavailablePage {

    static final int RETRY_AFTER_SECONDS = 15;

    private UnavailablePage() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = SessionLanguage.withoutDatabase(request);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType("text/html;charset=UTF-8");
        String css = request.getContextPath() + "/upright/unavailable.css";
        byte[] body = """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="%d">
                <title>%s</title>
                <link rel="stylesheet" href="%s">
                </head>
                <body>
                <main id="unavailable">
                <h1>%s</h1>
                <p>%s</p>
                <p>%s</p>
                </main>
                </body>
                </html>
                """.formatted(language.code(), RETRY_AFTER_SECONDS, text(language, "database.unavailable.title"), css,
                text(language, "database.unavailable.heading"), text(language, "database.unavailable.text"),
                text(language, "database.unavailable.retry", RETRY_AFTER_SECONDS)).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private static String text(Language language, String key, Object... args) {
        return HtmlUtils.htmlEscape(Wording.text(language, key, args), StandardCharsets.UTF_8.name());
    }
}
