package org.upright.tracker.screening;

/** Thrown when a member tries to start or record a routine without a valid, clear screening. */
public class ScreeningRequiredException extends RuntimeException {

    private final ScreeningState.Status status;

    public ScreeningRequiredException(ScreeningState.Status status) {
        super(status == ScreeningState.Status.BLOCKED
                ? "Routines are paused until a clinician or your coach has looked at your screening answers."
                : "Please answer the short safety questions before your first routine.");
        this.status = status;
    }

    public ScreeningState.Status status() {
        return status;
    }
}
