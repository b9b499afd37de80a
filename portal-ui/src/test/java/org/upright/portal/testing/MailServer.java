package org.upright.portal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test JVM (GreenMail, on a free port), one for every test class that
 * registers it: the portal sends over SMTP as in production and tests read what arrived.
 */
public final class MailServer {

    public static final String PORTAL_URL = "https://portal.upright.test";
    public static final String FROM = "upright@upright.test";

    private static final GreenMail SERVER = start();

    private MailServer() {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    /** Points the portal's mail settings at this server (call from a {@code @DynamicPropertySource}). */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("upright.mail.host", () -> "127.0.0.1");
        registry.add("upright.mail.port", () -> SERVER.getSmtp().getPort());
        registry.add("upright.mail.tls", () -> "none");
        registry.add("upright.mail.from", () -> FROM);
        registry.add("upright.mail.portal-url", () -> PORTAL_URL);
    }

    /** The same settings as command-line arguments of a portal started at {@code portalUrl}. */
    public static List<String> arguments(String portalUrl) {
        return List.of("--upright.mail.host=127.0.0.1", "--upright.mail.port=" + SERVER.getSmtp().getPort(),
                "--upright.mail.tls=none", "--upright.mail.from=" + FROM, "--upright.mail.portal-url=" + portalUrl);
    }

    /** The token of the first link to {@code route} in the message, whatever the portal's address. */
    public static String anyToken(MimeMessage message, String route) {
        Matcher m = Pattern.compile("/" + Pattern.quote(route) + "/([A-Za-z0-9_-]+)").matcher(body(message));
        if (!m.find()) {
            throw new AssertionError("No " + route + " link in: " + body(message));
        }
        return m.group(1);
    }

    /** Every message that arrived for this address so far. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
    }

    /** Waits until {@code count} messages have arrived for the address (mail may be sent beside the answer). */
    public static List<MimeMessage> await(String address, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (to(address).size() < count && System.nanoTime() < deadline) {
            sleep(50);
        }
        return to(address);
    }

    /** Gives mail sent beside an answer the time to arrive, so a test can tell that none did. */
    public static void settle() {
        sleep(500);
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("\r\n", "\n");
    }

    /** The token of the first portal link to {@code route} in the message. */
    public static String token(MimeMessage message, String route) {
        Matcher m = Pattern.compile(Pattern.quote(PORTAL_URL + "/" + route + "/") + "([A-Za-z0-9_-]+)").matcher(body(message));
        if (!m.find()) {
            throw new AssertionError("No " + route + " link in: " + body(message));
        }
        return m.group(1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
