package org.upright.accounts.mfa;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Codes as an app makes them, checked against a clock moved by the test. */
class TotpCodesTest {

    /** RFC 6238 appendix B's SHA-1 key ("12345678901234567890") in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesAreThoseOfRfc6238() {
        // the RFC's 8-digit values, of which an app shows the last 6
        assertThat(codesAt(59)).isEqualTo("287082");
        assertThat(codesAt(1_111_111_109)).isEqualTo("081804");
        assertThat(codesAt(1_234_567_890)).isEqualTo("005924");
        assertThat(codesAt(2_000_000_000)).isEqualTo("279037");
    }

    private static String codesAt(long epochSecond) {
        return new TotpCodes(Clock.systemUTC()).codeAt(RFC_SECRET, epochSecond / TotpCodes.PERIOD_SECONDS);
    }

    @Test
    void theCurrentCodeAndOneStepEitherSideAreAccepted() {
        Instant now = Instant.parse("2026-03-01T10:00:15Z");
        TotpCodes codes = new TotpCodes(Clock.fixed(now, ZoneOffset.UTC));
        String secret = codes.newSecret();
        long step = codes.currentStep();

        assertThat(codes.stepOf(secret, codes.codeAt(secret, step))).hasValue(step);
        // a code the phone showed 30 s ago, and one of a phone 30 s ahead
        assertThat(codes.stepOf(secret, codeOf(secret, now.minusSeconds(30)))).hasValue(step - 1);
        assertThat(codes.stepOf(secret, codeOf(secret, now.plusSeconds(30)))).hasValue(step + 1);
    }

    @Test
    void aCodeTwoMinutesOffIsRefused() {
        Instant now = Instant.parse("2026-03-01T10:00:15Z");
        TotpCodes codes = new TotpCodes(Clock.fixed(now, ZoneOffset.UTC));
        String secret = codes.newSecret();

        assertThat(codes.stepOf(secret, codeOf(secret, now.minus(Duration.ofMinutes(2))))).isEmpty();
        assertThat(codes.stepOf(secret, codeOf(secret, now.plus(Duration.ofMinutes(2))))).isEmpty();
    }

    @Test
    void anotherSecretsCodeAndMalformedInputAreRefused() {
        TotpCodes codes = new TotpCodes(Clock.systemUTC());
        String secret = codes.newSecret();
        String other = codes.newSecret();

        assertThat(secret).hasSize(32).matches("[A-Z2-7]+").isNotEqualTo(other);
        assertThat(codes.stepOf(secret, codes.codeAt(other, codes.currentStep()))).isEmpty();
        assertThat(codes.stepOf(secret, null)).isEmpty();
        assertThat(codes.stepOf(secret, "12345")).isEmpty();
        assertThat(codes.stepOf(secret, "abcdef")).isEmpty();
    }

    private static String codeOf(String secret, Instant at) {
        return new TotpCodes(Clock.fixed(at, ZoneOffset.UTC)).codeAt(secret, at.getEpochSecond() / TotpCodes.PERIOD_SECONDS);
    }
}
