package org.upright.tracker.reminder;

import java.time.LocalTime;

/**
 * What a member chooses: the time of the daily reminder in their own time zone (null: no
 * reminders), and whether program rest days stay quiet.
 */
public record ReminderChoice(LocalTime time, boolean skipRestDays) {
}
