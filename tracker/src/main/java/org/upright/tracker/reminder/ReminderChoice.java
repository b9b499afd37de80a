package org.upright.tracker.reminder;

import java.time.LocalTime;

/**
 * What a member chooses: the time of the daily reminder in their own time zone (null: no
 * reminders), whether program rest days stay quiet, and how it reaches them (null: neither way
 * ticked, which only goes without a time).
 */
public record ReminderChoice(LocalTime time, boolean skipRestDays, ReminderChannel channel) {

    /** By e-mail, the channel there was before web push. */
    public ReminderChoice(LocalTime time, boolean skipRestDays) {
        this(time, skipRestDays, ReminderChannel.EMAIL);
    }
}
