package org.upright.accounts.mfa;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time codes for when the phone is gone: {@link #COUNT} random codes such as
 * {@code 4fdq-2kx9-pb7m-0zse} (16 letters and digits, about 82 bits), stored only as hashes.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    /** Hex SHA-256: the column's cap (varchar(64)). */
    static final int HASH_LENGTH = 64;

    private final RecoveryCodeGenerator generator = new RecoveryCodeGenerator();

    List<String> generate() {
        return List.of(generator.generateCodes(COUNT));
    }

    /** Spaces, hyphens and case do not matter: people copy codes by hand. */
    static String normalise(String input) {
        return input == null ? "" : input.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static boolean looksLikeCode(String input) {
        return normalise(input).matches("[a-z0-9]{16}");
    }

    static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
