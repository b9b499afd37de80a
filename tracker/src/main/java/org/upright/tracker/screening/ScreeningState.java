package org.upright.tracker.screening;

import java.util.Optional;

/**
 * Whether a member may start a routine: {@code NEEDED} (no screening, or it is older than
 * {@value ScreeningService#VALID_DAYS} days, or a program was assigned or a new symptom
 * reported since), {@code BLOCKED} (a "yes" nobody has cleared yet) or {@code CLEAR}.
 */
public record ScreeningState(Status status, Optional<ScreeningResult> latest) {

    public enum Status { NEEDED, BLOCKED, CLEAR }

    public boolean mayStart() {
        return status == Status.CLEAR;
    }
}
