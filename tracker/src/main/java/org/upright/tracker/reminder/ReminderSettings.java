package org.upright.tracker.reminder;

import java.time.LocalTime;

/**
 * A member's reminder as the profile shows it.
 *
 * @param time          the daily time, or null for none
 * @param channel       how it is sent
 * @param mailAvailable whether this portal sends mail at all
 * @param hasEmail      whether the member has a confirmed address to send it to
 * @param pushAvailable whether this portal sends web push notifications
 * @param pushDevices   how many of the member's browsers allowed them
 */
public record ReminderSettings(LocalTime time, ReminderChannel channel, boolean skipRestDays, boolean mailAvailable,
                               boolean hasEmail, boolean pushAvailable, int pushDevices) {

    /** Whether a reminder can reach the member (else the profile says what is missing). */
    public boolean deliverable() {
        return (channel.byEmail() && mailAvailable && hasEmail) || (channel.byPush() && pushAvailable && pushDevices > 0);
    }
}
