package org.upright.tracker.progress;

/** Where the baseline days were taken from. */
public enum BaselineSource {
    /** the first rated days since the current enrollment started */
    ENROLLMENT,
    /** the first rated days of the last 90 days (no enrollment) */
    LAST_90_DAYS
}
