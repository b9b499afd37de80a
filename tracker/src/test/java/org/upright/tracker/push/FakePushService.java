package org.upright.tracker.push;

import com.sun.net.httpserver.HttpServer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.kernel.i18n.Language;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays a push service on 127.0.0.1 for the tests (RFC 8030: a POST per message to the
 * subscription's endpoint) and the browsers subscribed to it: each {@link Browser} has its own
 * P-256 key pair and auth secret, as a browser makes them, and decrypts what arrives (RFC 8291).
 * Answers 201 until told otherwise.
 */
public final class FakePushService implements AutoCloseable {

    /** One POST as the push service received it. */
    public record Received(String path, String authorization, String contentEncoding, String ttl, byte[] body) {
    }

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 201;

    private FakePushService(HttpServer server) {
        this.server = server;
    }

    public static FakePushService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakePushService push = new FakePushService(server);
            server.createContext("/push/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                var headers = exchange.getRequestHeaders();
                push.received.add(new Received(exchange.getRequestURI().getPath(), headers.getFirst("Authorization"),
                        headers.getFirst("Content-Encoding"), headers.getFirst("TTL"), body));
                exchange.sendResponseHeaders(push.status, -1);
                exchange.close();
            });
            server.start();
            return push;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The push service's origin, the VAPID token's audience. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void answer(int status) {
        this.status = status;
    }

    public List<Received> receivedAt(String endpoint) {
        String path = endpoint.substring(origin().length());
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public Browser browser() {
        return new Browser(origin() + "/push/" + BASE64URL.encodeToString(random(12)));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** A browser's side of one subscription. */
    public static final class Browser {

        private final String endpoint;
        private final KeyPair keys;
        private final byte[] auth = random(16);

        Browser(String endpoint) {
            this.endpoint = endpoint;
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                this.keys = generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        public String endpoint() {
            return endpoint;
        }

        public String p256dh() {
            return BASE64URL.encodeToString(uncompressed((ECPublicKey) keys.getPublic()));
        }

        public String auth() {
            return BASE64URL.encodeToString(auth);
        }

        /** Subscribes for the member straight in the table (the service refuses plain http endpoints). */
        public Browser subscribeFor(JdbcClient jdbc, long memberId, Language language) {
            jdbc.sql("insert into push_subscription (member_id, endpoint, p256dh, auth, language) values (?, ?, ?, ?, ?)")
                    .params(memberId, endpoint, p256dh(), auth(), language.code()).update();
            return this;
        }

        /** Decrypts an aes128gcm body (RFC 8188 header, RFC 8291 keys) as the browser would; fails on any tampering. */
        public String decrypt(byte[] body) throws GeneralSecurityException {
            ByteBuffer in = ByteBuffer.wrap(body);
            byte[] salt = new byte[16];
            in.get(salt);
            int recordSize = in.getInt();
            byte[] senderKey = new byte[in.get() & 0xff];
            in.get(senderKey);
            byte[] cipherText = new byte[in.remaining()];
            in.get(cipherText);
            if (recordSize < 18 || cipherText.length > recordSize) {
                throw new GeneralSecurityException("not one record of the size the header says");
            }
            KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
            ecdh.init(keys.getPrivate());
            ecdh.doPhase(publicKey(senderKey), true);
            byte[] shared = ecdh.generateSecret();
            byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
                    uncompressed((ECPublicKey) keys.getPublic()), senderKey);
            byte[] ikm = hkdf(auth, shared, keyInfo, 32);
            byte[] contentKey = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new GCMParameterSpec(128, nonce));
            byte[] padded = aes.doFinal(cipherText);
            int end = padded.length - 1;
            while (end >= 0 && padded[end] == 0) {
                end--;
            }
            if (end < 0 || padded[end] != 2) {
                throw new GeneralSecurityException("no last-record delimiter");
            }
            return new String(padded, 0, end, StandardCharsets.UTF_8);
        }

        private static byte[] hkdf(byte[] salt, byte[] input, byte[] info, int length) throws GeneralSecurityException {
            byte[] prk = hmac(salt, input);
            return Arrays.copyOf(hmac(prk, concat(info, new byte[]{1})), length);
        }

        private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        }
    }

    /** The uncompressed point (0x04 || X || Y), as browsers and VAPID's "k" carry a P-256 public key. */
    static byte[] uncompressed(ECPublicKey key) {
        byte[] out = new byte[65];
        out[0] = 4;
        fixed(key.getW().getAffineX(), out, 1);
        fixed(key.getW().getAffineY(), out, 33);
        return out;
    }

    public static ECPublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
        if (uncompressed.length != 65 || uncompressed[0] != 4) {
            throw new GeneralSecurityException("not an uncompressed P-256 point");
        }
        var parameters = java.security.AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(
                new ECPublicKeySpec(point, parameters.getParameterSpec(java.security.spec.ECParameterSpec.class)));
    }

    private static void fixed(BigInteger value, byte[] out, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, offset + 32 - length, length);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
