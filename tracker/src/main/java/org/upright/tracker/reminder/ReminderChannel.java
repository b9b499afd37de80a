package org.upright.tracker.reminder;

/** How a reminder reaches the member: by e-mail, as a web push notification, or both. The column's CHECK lists the same. */
public enum ReminderChannel {
    EMAIL,
    PUSH,
    BOTH;

    public boolean byEmail() {
        return this != PUSH;
    }

    public boolean byPush() {
        return this != EMAIL;
    }

    /** The channel for the ticked choices; null when neither is. */
    public static ReminderChannel of(boolean email, boolean push) {
        return email && push ? BOTH : email ? EMAIL : push ? PUSH : null;
    }
}
