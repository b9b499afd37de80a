package org.upright.tracker.reminder;

/** How a reminder reaches the member. Web push may join later; the column's CHECK lists the same. */
public enum ReminderChannel {
    EMAIL
}
