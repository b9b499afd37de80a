package org.upright.tracker.pain;

import org.upright.kernel.BodyArea;
import java.time.LocalDate;
import java.util.Set;

/** What a member enters for one day. {@code score} is null when none was chosen (refused). */
public record PainRatingInput(LocalDate day, Integer score, Set<BodyArea> bodyAreas, String note) {

    public PainRatingInput {
        bodyAreas = bodyAreas == null ? Set.of() : Set.copyOf(bodyAreas);
    }
}
