package org.upright.tracker.push;

import com.interaso.webpush.WebPush;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.upright.kernel.i18n.Language;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;

/**
 * Sends web push notifications to a member's browsers: the payload encrypted for each browser
 * (RFC 8291, aes128gcm) and signed for the push service with the portal's VAPID key (RFC 8292), by
 * the {@code com.interaso:webpush} library over the JDK's crypto; the HTTP request is ours, with
 * bounded waits. A subscription the push service says is gone (404, 410) is deleted.
 * {@code upright.push.enabled=false} turns web push off (reminders then go by e-mail only).
 */
@Component
public class PushNotifications {

    /** How long a push service keeps an undelivered reminder: it is about today. */
    static final int TIME_TO_LIVE_SECONDS = 12 * 60 * 60;
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(PushNotifications.class);

    private final PushSubscriptions subscriptions;
    private final PushKeys keys;
    private final boolean enabled;
    private final String subject;
    private final HttpClient http;

    PushNotifications(PushSubscriptions subscriptions, PushKeys keys,
                      @Value("${upright.push.enabled:true}") boolean enabled,
                      @Value("${upright.push.subject:}") String subject,
                      @Value("${upright.mail.portal-url:}") String portalUrl) {
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.enabled = enabled;
        this.subject = subject(subject.strip(), portalUrl.strip());
        this.http = HttpClient.newBuilder().connectTimeout(WAIT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The VAPID "sub" claim, a contact for the push service's operators: the configured one, else
     * the portal's https address, else a placeholder (README says to set it in production).
     */
    private static String subject(String configured, String portalUrl) {
        if (!configured.isEmpty()) {
            if (!configured.startsWith("mailto:") && !configured.startsWith("https://")) {
                throw new IllegalStateException("upright.push.subject must start with mailto: or https://");
            }
            return configured;
        }
        return portalUrl.startsWith("https://") ? portalUrl : "mailto:webpush@localhost";
    }

    /** Whether this portal sends web push at all. */
    public boolean available() {
        return enabled;
    }

    /** How many browsers the member allowed notifications on. */
    public int devices(long memberId) {
        return subscriptions.count(memberId);
    }

    /**
     * Sends the message, worded for each browser's language, to each of the member's browsers;
     * returns how many push services took it.
     */
    public int send(long memberId, Function<Language, PushMessage> message) {
        if (!enabled) {
            return 0;
        }
        int delivered = 0;
        for (PushSubscription subscription : subscriptions.of(memberId)) {
            if (send(subscription, message.apply(subscription.language()))) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean send(PushSubscription to, PushMessage message) {
        try {
            WebPush push = new WebPush(subject, keys.keys());
            byte[] body = push.getBody(message.toJson().getBytes(StandardCharsets.UTF_8),
                    Base64.getUrlDecoder().decode(to.p256dh()), Base64.getUrlDecoder().decode(to.auth()));
            Map<String, String> headers = push.getHeaders(to.endpoint(), TIME_TO_LIVE_SECONDS, null, WebPush.Urgency.Normal);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(to.endpoint())).timeout(WAIT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::setHeader);
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 404 || status == 410) {
                subscriptions.delete(to.id());
                log.info("Web push: a browser's subscription has ended ({}), deleted", status);
                return false;
            }
            if (status < 200 || status > 299) {
                log.warn("Web push: the push service at {} answered {}", host(to.endpoint()), status);
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            // an unreachable service, or keys the library cannot use (Kotlin declares no checked exceptions)
            log.warn("Web push: not sent to {}: {}", host(to.endpoint()), e.toString());
            return false;
        }
    }

    /** Only the push service's host goes to the log: the rest of an endpoint identifies the browser. */
    private static String host(String endpoint) {
        try {
            return URI.create(endpoint).getHost();
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }
}
