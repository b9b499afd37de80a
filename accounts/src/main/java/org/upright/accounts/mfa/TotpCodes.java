package org.upright.accounts.mfa;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * RFC 6238 codes as authenticator apps make them: HMAC-SHA1, 6 digits, 30-second steps (the
 * library's generator), with "now" from the injected clock. A code of the step before or after
 * the current one is accepted too, for phones whose clock is a little off; the caller learns the
 * step so it can refuse a second use of the same code.
 */
final class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    /** Steps accepted either side of the current one: one, i.e. up to 30 s of clock difference. */
    static final int DRIFT_STEPS = 1;
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new random secret: 32 Base32 characters (160 bits, the size RFC 4226 recommends). */
    String newSecret() {
        return secrets.generate();
    }

    static boolean looksLikeCode(String input) {
        return input != null && CODE.matcher(input).matches();
    }

    long currentStep() {
        return Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
    }

    /** The step (within the drift window) whose code {@code code} is, or empty when it is none of them. */
    OptionalLong stepOf(String secret, String code) {
        if (!looksLikeCode(code)) {
            return OptionalLong.empty();
        }
        long now = currentStep();
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        OptionalLong match = OptionalLong.empty();
        // every step is computed and compared in constant time, so timing tells nothing
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            boolean same = MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), given);
            if (same && match.isEmpty()) {
                match = OptionalLong.of(step);
            }
        }
        return match;
    }

    String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Could not compute a sign-in code", e);
        }
    }
}
