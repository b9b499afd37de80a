package org.upright.accounts.mfa;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Seals authenticator secrets for the database: AES-GCM with the configured key, bound to the
 * account (a sealed secret copied to another account's row does not open), stored as
 * {@code aes:<Base64 of nonce and ciphertext>}. Without a key the secret is stored as
 * {@code plain:<secret>}; both forms open, so adding a key later keeps existing set-ups working.
 */
final class SecretCipher {

    /** The longest stored form: the column's cap (varchar(200)). */
    static final int MAX_STORED_LENGTH = 200;
    private static final String AES = "aes:";
    private static final String PLAIN = "plain:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    /** @param base64Key the key in Base64 (16, 24 or 32 bytes), or null to store secrets unencrypted */
    SecretCipher(String base64Key) {
        if (base64Key == null) {
            key = null;
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("upright.security.mfa.secret-key is not Base64");
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException("upright.security.mfa.secret-key must be 16, 24 or 32 bytes (Base64)");
        }
        key = new SecretKeySpec(bytes, "AES");
    }

    boolean encrypts() {
        return key != null;
    }

    String seal(long accountId, String secret) {
        if (key == null) {
            return PLAIN + secret;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundTo(accountId));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            String stored = AES + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
            if (stored.length() > MAX_STORED_LENGTH) {
                throw new IllegalStateException("Sealed secret longer than its column");
            }
            return stored;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt the authenticator secret", e);
        }
    }

    String open(long accountId, String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (!stored.startsWith(AES)) {
            throw new IllegalStateException("Unknown form of a stored authenticator secret");
        }
        if (key == null) {
            throw new IllegalStateException("Authenticator secrets are encrypted but upright.security.mfa.secret-key is not set");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(AES.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(boundTo(accountId));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // never the secret itself in the message
            throw new IllegalStateException("Could not decrypt the authenticator secret of account " + accountId, e);
        }
    }

    private static byte[] boundTo(long accountId) {
        return ("upright-totp:" + accountId).getBytes(StandardCharsets.US_ASCII);
    }
}
