package org.upright.tracker.pain;

import org.upright.kernel.BodyArea;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A stored daily rating (0–10 Numeric Rating Scale) in the member's local day. */
public record PainRating(long id, long memberId, LocalDate day, int score, Set<BodyArea> bodyAreas, String note,
                         Instant createdAt, Instant updatedAt) {
}
