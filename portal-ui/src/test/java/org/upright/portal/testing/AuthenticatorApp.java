package org.upright.portal.testing;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What a person's authenticator app does, for tests: RFC 6238 codes (the library's generator, as
 * the apps compute them) from a secret. The portal refuses a code of a 30-second step it has
 * already accepted, so {@link #nextCode} never gives the same step twice for one secret in this
 * JVM: it takes the next step (accepted as a phone slightly ahead) or waits for a new one.
 */
public final class AuthenticatorApp {

    /** The published secrets of the demo accounts (README "Demo accounts"). */
    public static final Map<String, String> DEMO_SECRETS = Map.of(
            "coach", "UPRIGHTDEMOCOACHUPRIGHTDEMOCOACH",
            "admin", "UPRIGHTDEMOADMINUPRIGHTDEMOADMIN");

    private static final int PERIOD_SECONDS = 30;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private AuthenticatorApp() {
    }

    /** A new random secret (32 Base32 characters), as an app would be given. */
    public static String newSecret() {
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            secret.append(BASE32.charAt(RANDOM.nextInt(BASE32.length())));
        }
        return secret.toString();
    }

    /** The code the app shows at {@code at}. */
    public static String codeAt(String secret, Instant at) {
        return codeOfStep(secret, stepAt(at));
    }

    /** The code the app shows now (which the portal takes once). */
    public static String codeNow(String secret) {
        return codeAt(secret, Instant.now());
    }

    /** A code of a step not used before for this secret in this JVM, now or in the next step. */
    public static synchronized String nextCode(String secret) {
        long step = Math.max(stepAt(Instant.now()), LAST_STEP.getOrDefault(secret, Long.MIN_VALUE) + 1);
        while (step > stepAt(Instant.now()) + 1) {
            sleepAMoment();
        }
        LAST_STEP.put(secret, step);
        return codeOfStep(secret, step);
    }

    private static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    private static String codeOfStep(String secret, long step) {
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepAMoment() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
