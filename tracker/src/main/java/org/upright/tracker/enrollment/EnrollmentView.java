package org.upright.tracker.enrollment;

import java.time.Instant;
import java.time.LocalDate;

/** A member's enrollment in a program; {@code endedOn} is null while it is the active one. */
public record EnrollmentView(long id, long memberId, long programId, LocalDate startDate, LocalDate endedOn,
                             Instant enrolledAt) {

    public boolean active() {
        return endedOn == null;
    }
}
