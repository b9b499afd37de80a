package org.upright.portal.database;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The page a page load gets while the database is down: 503 with Retry-After, plain HTML and one
 * same-origin stylesheet (the strict policy for non-Vaadin responses allows nothing inline). It
 * reloads itself, so the member is back where they were once the database answers.
 */
final class UnavailablePage {

    static final int RETRY_AFTER_SECONDS = 15;
    static final String HEADING = "Upright is temporarily unavailable";

    private UnavailablePage() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        String css = request.getContextPath() + "/upright/unavailable.css";
        byte[] body = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="%d">
                <title>Temporarily unavailable · Upright</title>
                <link rel="stylesheet" href="%s">
                </head>
                <body>
                <main id="unavailable">
                <h1>%s</h1>
                <p>We cannot reach our database just now. Nothing you entered is lost: what you saved
                before is kept, and sessions you finished in the timer wait in this browser until they
                can be sent.</p>
                <p>This page tries again by itself every %d seconds, or you can reload it.</p>
                </main>
                </body>
                </html>
                """.formatted(RETRY_AFTER_SECONDS, css, HEADING, RETRY_AFTER_SECONDS).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
