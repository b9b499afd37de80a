package org.upright.tracker.push;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.upright.kernel.Role;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.tracker.testing.Members;
import org.upright.tracker.testing.SignedIn;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Web push against a push service played on 127.0.0.1: what arrives is signed with the portal's
 * VAPID key (RFC 8292: the token's signature, audience, expiry and subject) and only the
 * subscribed browser's keys decrypt it (RFC 8291); a subscription the service says is gone is
 * deleted.
 */
@SpringBootTest
class PushNotificationsTest {

    private static final Pattern VAPID = Pattern.compile("vapid t=([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+), k=([A-Za-z0-9_-]+)");

    @Autowired
    PushNotifications push;
    @Autowired
    PushService service;
    @Autowired
    PushKeys keys;
    @Autowired
    Members members;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    FakePushService pushService;

    @BeforeEach
    void start() {
        pushService = FakePushService.start();
    }

    @AfterEach
    void stop() {
        pushService.close();
        signedIn.signOut();
    }

    @Test
    void theBrowserDecryptsTheMessageAndTheTokenIsSignedWithThePortalsKey() throws Exception {
        long member = members.create("Europe/Berlin");
        FakePushService.Browser browser = pushService.browser().subscribeFor(jdbc, member, Language.GERMAN);
        String title = Wording.text(Language.GERMAN, "push.reminder.check-in.title");

        long before = Instant.now().getEpochSecond();
        int delivered = push.send(member, language -> new PushMessage(
                Wording.text(language, "push.reminder.check-in.title"), "Rücken \"heute\" <ok>", "today#check-in"));

        assertThat(delivered).isEqualTo(1);
        FakePushService.Received got = pushService.receivedAt(browser.endpoint()).getFirst();
        assertThat(got.contentEncoding()).isEqualTo("aes128gcm");
        assertThat(Integer.parseInt(got.ttl())).isPositive();
        assertThat(browser.decrypt(got.body()))
                .isEqualTo("{\"title\":\"" + title + "\",\"body\":\"Rücken \\\"heute\\\" \\u003cok\\u003e\",\"url\":\"today#check-in\"}")
                .contains("Ihr täglicher Check-in");

        Matcher vapid = VAPID.matcher(got.authorization());
        assertThat(vapid.matches()).as(got.authorization()).isTrue();
        assertThat(vapid.group(4)).as("k: the key browsers subscribed with").isEqualTo(keys.publicKey());
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(FakePushService.publicKey(Base64.getUrlDecoder().decode(vapid.group(4))));
        es256.update((vapid.group(1) + "." + vapid.group(2)).getBytes(StandardCharsets.US_ASCII));
        assertThat(es256.verify(Base64.getUrlDecoder().decode(vapid.group(3)))).as("ES256 signature").isTrue();
        String header = new String(Base64.getUrlDecoder().decode(vapid.group(1)), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(vapid.group(2)), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"ES256\"");
        assertThat(claims).contains("\"aud\":\"" + pushService.origin() + "\"").containsPattern("\"sub\":\"(mailto:|https://)");
        long exp = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
        assertThat(exp).as("expiry: in the future, at most 24 hours away").isGreaterThan(before).isLessThanOrEqualTo(before + 24 * 3600);
    }

    @Test
    void anotherBrowsersKeysCannotReadIt() {
        long member = members.create();
        FakePushService.Browser browser = pushService.browser().subscribeFor(jdbc, member, Language.ENGLISH);
        push.send(member, language -> new PushMessage("t", "b", "today"));
        byte[] body = pushService.receivedAt(browser.endpoint()).getFirst().body();
        assertThatThrownBy(() -> pushService.browser().decrypt(body)).isInstanceOf(java.security.GeneralSecurityException.class);
    }

    @Test
    void eachBrowserGetsItInItsLanguage() throws Exception {
        long member = members.create();
        FakePushService.Browser english = pushService.browser().subscribeFor(jdbc, member, Language.ENGLISH);
        FakePushService.Browser german = pushService.browser().subscribeFor(jdbc, member, Language.GERMAN);
        assertThat(push.devices(member)).isEqualTo(2);
        assertThat(push.send(member, language -> new PushMessage(
                Wording.text(language, "push.reminder.routine.title"), "-", "today#check-in"))).isEqualTo(2);
        assertThat(english.decrypt(pushService.receivedAt(english.endpoint()).getFirst().body()))
                .contains("Today's routine is waiting");
        assertThat(german.decrypt(pushService.receivedAt(german.endpoint()).getFirst().body()))
                .contains("Ihre Übungseinheit für heute wartet");
    }

    @Test
    void aSubscriptionThePushServiceSaysIsGoneIsDeleted() {
        long member = members.create();
        pushService.browser().subscribeFor(jdbc, member, Language.ENGLISH);
        pushService.answer(410);
        assertThat(push.send(member, language -> new PushMessage("t", "b", "today"))).isZero();
        assertThat(push.devices(member)).isZero();

        pushService.browser().subscribeFor(jdbc, member, Language.ENGLISH);
        pushService.answer(404);
        assertThat(push.send(member, language -> new PushMessage("t", "b", "today"))).isZero();
        assertThat(push.devices(member)).isZero();
    }

    @Test
    void aServiceThatFailsKeepsTheSubscription() {
        long member = members.create();
        pushService.browser().subscribeFor(jdbc, member, Language.ENGLISH);
        pushService.answer(503);
        assertThat(push.send(member, language -> new PushMessage("t", "b", "today"))).isZero();
        assertThat(push.devices(member)).isEqualTo(1);
    }

    @Test
    void theKeyPairIsMadeOnceAndKeptForEveryNode() {
        String key = keys.publicKey();
        assertThat(Base64.getUrlDecoder().decode(key)).hasSize(65).startsWith(4);
        PushKeys anotherNode = new PushKeys(jdbc, transactions, "", "");
        assertThat(anotherNode.publicKey()).isEqualTo(key);
    }

    @Test
    void aConfiguredKeyPairIsUsedAndAHalfOrWrongPairStopsTheStart() {
        com.interaso.webpush.VapidKeys pair = com.interaso.webpush.VapidKeys.generate();
        String publicKey = Base64.getUrlEncoder().withoutPadding().encodeToString(pair.getApplicationServerKey());
        String privateKey = rawPrivate(pair);

        assertThat(new PushKeys(jdbc, transactions, publicKey, privateKey).publicKey()).isEqualTo(publicKey);
        assertThatThrownBy(() -> new PushKeys(jdbc, transactions, publicKey, "")).isInstanceOf(IllegalStateException.class);
        String anotherPrivate = rawPrivate(com.interaso.webpush.VapidKeys.generate());
        assertThatThrownBy(() -> new PushKeys(jdbc, transactions, publicKey, anotherPrivate))
                .as("not this public key's private key").isInstanceOf(IllegalArgumentException.class);
    }

    private static String rawPrivate(com.interaso.webpush.VapidKeys pair) {
        byte[] s = pair.getPrivateKey().getS().toByteArray();
        int length = Math.min(32, s.length);
        byte[] raw = new byte[32];
        System.arraycopy(s, s.length - length, raw, 32 - length, length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    @Test
    void aMemberSubscribesOnlyHttpsEndpointsWithBrowserKeysAndDropsOnlyTheirOwn() {
        long member = members.create();
        long other = members.create();
        FakePushService.Browser browser = pushService.browser();
        String endpoint = "https://push.example/send/" + member;
        signedIn.as(Role.MEMBER, member);
        assertThatThrownBy(() -> service.subscribe(browser.endpoint(), browser.p256dh(), browser.auth()))
                .as("plain http").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.subscribe(endpoint, browser.auth(), browser.auth()))
                .as("not a P-256 key").isInstanceOf(InvalidInputException.class);
        service.subscribe(endpoint, browser.p256dh(), browser.auth());
        assertThat(service.devices()).isEqualTo(1);
        assertThat(service.seen(endpoint)).isTrue();

        signedIn.as(Role.MEMBER, other);
        assertThat(service.seen(endpoint)).as("another member's").isFalse();
        service.unsubscribe(endpoint);
        signedIn.as(Role.MEMBER, member);
        assertThat(service.devices()).as("only the owner drops it").isEqualTo(1);
        service.unsubscribe(endpoint);
        assertThat(service.devices()).isZero();
    }
}
