package org.upright.tracker.screening;

import org.upright.kernel.i18n.Wording;

/** Thrown when a member tries to start or record a routine without a valid, clear screening. */
public class ScreeningRequiredException extends RuntimeException {

    private final ScreeningState.Status status;

    public ScreeningRequiredException(ScreeningState.Status status) {
        super(Wording.text(status == ScreeningState.Status.BLOCKED
                ? "tracker.screening.required.blocked" : "tracker.screening.required.unanswered"));
        this.status = status;
    }

    public ScreeningState.Status status() {
        return status;
    }
}
