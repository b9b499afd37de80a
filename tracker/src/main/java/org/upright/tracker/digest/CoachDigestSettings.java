package org.upright.tracker.digest;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A coach's daily digest as the profile shows it.
 *
 * @param enabled       whether the coach switched it on
 * @param sendAt        the local time it goes out
 * @param zone          the coach's time zone, which {@code sendAt} is in
 * @param mailAvailable whether this portal sends mail at all
 * @param hasEmail      whether the coach has a confirmed address to send it to
 */
public record CoachDigestSettings(boolean enabled, LocalTime sendAt, ZoneId zone, boolean mailAvailable,
                                  boolean hasEmail) {

    /** Whether a digest can reach the coach (else the profile says what is missing). */
    public boolean deliverable() {
        return mailAvailable && hasEmail;
    }
}
