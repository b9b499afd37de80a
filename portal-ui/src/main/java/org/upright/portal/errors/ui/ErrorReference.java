package org.upright.portal.errors.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;

/**
 * A short reference for an unexpected failure: logged with the full stack trace, shown to the
 * person instead of any exception text, so support can find the log entry.
 */
final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private ErrorReference() {
    }

    /** Logs {@code failure} under a new reference and returns the reference, e.g. "ERR-7KQ2M9XD". */
    static String logged(Throwable failure) {
        StringBuilder id = new StringBuilder("ERR-");
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        log.error("Unexpected error, reference {}", id, failure);
        return id.toString();
    }
}
