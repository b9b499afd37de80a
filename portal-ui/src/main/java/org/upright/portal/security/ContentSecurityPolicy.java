package org.upright.portal.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The Content-Security-Policy of the app. Vaadin's pages get a fresh nonce per page load, written
 * on each of their inline scripts and in the header, so no other inline script can run. Every
 * other response (static files, error pages, redirects) gets {@link #STATIC}, which allows no
 * script at all besides same-origin files.
 *
 * <p>Exceptions Vaadin needs, kept as narrow as it works:
 * <ul>
 *   <li>{@code script-src 'unsafe-eval'}: Flow's client runs server-sent JavaScript
 *       ({@code executeJs}, property bindings) through {@code new Function}.</li>
 *   <li>{@code style-src 'unsafe-inline'}: Vaadin's page and its components add {@code <style>}
 *       elements and {@code style} attributes that carry no nonce.</li>
 * </ul>
 * Images may be same-origin files or {@code data:} URLs (icons); nothing may be framed or embed the app.
 * The web app manifest and the service worker ({@code /manifest.webmanifest}, {@code /upright-sw.js}) are
 * same-origin files; {@code manifest-src} and {@code worker-src} name that themselves, so the
 * install and the offline page keep working if {@code default-src} or {@code script-src} narrow.
 */
@Component
class ContentSecurityPolicy implements VaadinServiceInitListener {

    private static final String COMMON = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; manifest-src 'self'; worker-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** For everything that is not a Vaadin page. */
    static final String STATIC = COMMON + "; style-src 'self'; script-src 'self'";

    private static final String HEADER = "Content-Security-Policy";
    private static final SecureRandom RANDOM = new SecureRandom();

    static String forPage(String nonce) {
        return COMMON + "; style-src 'self' 'unsafe-inline'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'";
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            String nonce = Base64.getEncoder().encodeToString(bytes);
            page.getDocument().select("script").attr("nonce", nonce);
            // set here, before Spring Security writes its headers: its writer keeps a header already present
            page.getVaadinResponse().setHeader(HEADER, forPage(nonce));
        });
    }
}
