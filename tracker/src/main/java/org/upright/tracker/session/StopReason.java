package org.upright.tracker.session;

/** Why a member stopped a routine before its end, as the timer asks it. */
public enum StopReason {
    PAIN("Pain"), TIRED("Too tired"), NO_TIME("No time"), OTHER("Other");

    private final String label;

    StopReason(String label) {
        this.label = label;
    }

    /** The words the member tapped, and the coach reads. */
    public String label() {
        return label;
    }
}
