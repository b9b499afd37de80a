package org.upright.tracker.progress;

/** Which first rated days a baseline is made of. */
public enum BaselineSource {
    /** the member's first rated days ever ("since you joined") */
    JOINED,
    /** the first rated days since the current program started */
    PROGRAM
}
