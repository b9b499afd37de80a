package org.upright.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Path;

/**
 * Retained heap per signed-in member UI session of a running portal (the production jar on the bench
 * database): N members sign in through the login form and open home, progress and a routine page
 * (one page load: the bootstrap page, which builds the UI and its first view on the server and carries
 * them to the client as the initial UIDL, then in-app navigation in that UI). A class histogram of live objects (jcmd GC.class_histogram, which runs a full GC) is taken
 * after one warm-up session and after the N sessions; the difference divided by N is the heap one
 * session keeps.
 *   java -cp ... org.upright.bench.SessionMemory http://127.0.0.1:18080 PID N ROUTINE_SLUG
 */
public final class SessionMemory {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern HISTO = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(.+)$");

    private SessionMemory() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int n = Integer.parseInt(args[2]);
        String slug = args[3];
        List<String> pages = List.of("", "progress", "routines/" + slug);
        List<HttpClient> keep = new ArrayList<>();
        keep.add(session(base, Generator.memberName(0), pages));
        Map<String, long[]> before = histogram(pid);
        long t = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            keep.add(session(base, Generator.memberName(i), pages));
        }
        System.out.printf(Locale.ROOT, "[memory] %d sessions in %.1f s%n", n, Generator.secs(t));
        Map<String, long[]> after = histogram(pid);
        long total = 0;
        List<Map.Entry<String, Long>> diff = new ArrayList<>();
        for (var e : after.entrySet()) {
            long d = e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1];
            total += d;
            diff.add(Map.entry(e.getKey(), d));
        }
        for (var e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                total -= e.getValue()[1];
            }
        }
        diff.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        System.out.printf(Locale.ROOT, "[memory] live heap grew by %,d bytes for %d sessions: %,d bytes (%.1f kB) per session"
                + " (one UI each, navigated through %s; last view's UIDL %d bytes)%n", total, n, total / n, total / n / 1024.0,
                pages, lastResponseBytes);
        System.out.println("[memory] characters outside Latin-1 per response: " + NON_LATIN1);
        System.out.println("| class | bytes per session | instances per session |");
        System.out.println("|---|---:|---:|");
        for (var e : diff.subList(0, Math.min(20, diff.size()))) {
            long inst = after.get(e.getKey())[0] - before.getOrDefault(e.getKey(), new long[2])[0];
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f |%n", e.getKey(), e.getValue() / n, inst / (double) n);
        }
        System.out.println("(kept " + keep.size() + " clients open)");
    }

    private static HttpClient session(String base, String username, List<String> pages) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = CSRF.matcher(get(client, base + "/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String form = "username=" + enc(username) + "&password=" + enc(Generator.PASSWORD) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + login.statusCode() + " " + location);
        }
        // one page load (the bootstrap page with the initial UIDL), then in-app navigation through the pages in that
        // UI, as the Flow client does it: a "ui-navigate" event per route, answered with the view's changes
        HttpResponse<String> html = get(client, base + "/" + pages.getFirst());
        if (html.statusCode() != 200) {
            throw new IllegalStateException("/" + pages.getFirst() + " answered " + html.statusCode());
        }
        // the bootstrap page of a Flow app carries the first UI's initial UIDL (window.Vaadin.TypeScript.initial),
        // which the Flow client uses instead of asking for v-r=init; asking anyway would make a second UI that
        // the session keeps until its heartbeats time out (every session measured twice before this)
        String boot = html.body().contains("\"v-uiId\":") ? html.body()
                : get(client, base + "/?v-r=init&location=" + enc(pages.getFirst()) + "&query=").body();
        String key = field(boot, "\"Vaadin-Security-Key\":\"([^\"]+)\"");
        String uiId = field(boot, "\"v-uiId\":(\\d+)");
        int syncId = 0;
        int clientId = 0;
        for (String page : pages) {
            String body = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                    + "\"data\":{\"route\":\"" + page + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                    + "\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> uidl = client.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            // the first route is already shown when the bootstrap page carried it: that answer is nearly empty
            boolean shown = page.equals(pages.getFirst()) && boot == html.body();
            if (uidl.statusCode() != 200 || (uidl.body().length() < 1000 && !shown)) {
                throw new IllegalStateException("navigation to /" + page + " answered " + uidl.statusCode() + ": "
                        + uidl.body().substring(0, Math.min(300, uidl.body().length())));
            }
            syncId = Integer.parseInt(field(uidl.body(), "\"syncId\":(\\d+)"));
            clientId = Integer.parseInt(field(uidl.body(), "\"clientId\":(\\d+)"));
            lastResponseBytes = uidl.body().length();
            // Java keeps a string with one character outside Latin-1 at two bytes per character
            NON_LATIN1.put("/" + page, uidl.body().chars().filter(c -> c > 0xFF)
                    .mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c)).distinct().sorted().toList());
        }
        return client;
    }

    static volatile int lastResponseBytes;
    /** Per page: the characters outside Latin-1 its response carried (last session). */
    static final Map<String, List<String>> NON_LATIN1 = new java.util.concurrent.ConcurrentSkipListMap<>();

    private static String field(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + body.substring(0, Math.min(300, body.length())));
        }
        return m.group(1);
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Live objects per class: instances and bytes (jcmd GC.class_histogram runs a full GC first). */
    static Map<String, long[]> histogram(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        Map<String, long[]> h = new HashMap<>();
        for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            Matcher m = HISTO.matcher(line);
            if (m.matches()) {
                h.merge(m.group(3).strip(), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        p.waitFor();
        return h;
    }
}
