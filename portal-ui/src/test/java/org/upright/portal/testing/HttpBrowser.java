package org.upright.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client that signs in through the login form, as a browser would. */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private String acceptLanguage;

    public HttpBrowser(int port) {
        this.port = port;
    }

    /** From now on asks for pages in these languages, as a browser set to them does ("de-DE,de;q=0.9"). */
    public HttpBrowser speaking(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        return this;
    }

    /** Posts the login form (with the page's CSRF token) and returns the response, a redirect. */
    public HttpResponse<String> postLogin(String username, String password) {
        Matcher csrf = CSRF.matcher(get("/login").body());
        if (!csrf.find()) {
            throw new AssertionError("The login page carries no CSRF token");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        return send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /**
     * Signs in with the password and, where the answer asks for it, a code from the app with this
     * secret (null for an account without one); returns the last answer, a redirect onwards.
     */
    public HttpResponse<String> signIn(String username, String password, String secret) {
        HttpResponse<String> login = postLogin(username, password);
        if (secret != null && login.headers().firstValue("Location").orElse("").endsWith("/login/code")) {
            return postCode(AuthenticatorApp.nextCode(secret));
        }
        return login;
    }

    /** Posts the second-step form (with the CSRF token of its page) and returns the answer. */
    public HttpResponse<String> postCode(String code) {
        return postForm("/login/code", "code=" + enc(code));
    }

    /** Posts a form of the page at {@code path} to the same address, with that page's CSRF token. */
    public HttpResponse<String> postForm(String path, String form) {
        Matcher csrf = CSRF.matcher(get(path).body());
        if (!csrf.find()) {
            throw new AssertionError("The page " + path + " carries no CSRF token");
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString((form.isEmpty() ? "" : form + "&") + "_csrf="
                        + enc(csrf.group(1)))).build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** The id of the server session this browser's cookie names, or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** True when a GET of the path is answered by the page itself, not a redirect to the login. */
    public boolean isSignedInAt(String path) {
        return get(path).statusCode() == 200;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpRequest sent = acceptLanguage == null ? request
                    : HttpRequest.newBuilder(request, (name, value) -> true).header("Accept-Language", acceptLanguage).build();
            return client.send(sent, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
