package org.upright.tracker.alert;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which coach account marked which alert episode of a client as seen, and when; {@code byYou}
 * when that was the signed-in coach.
 */
public record AlertAcknowledgement(long memberId, AlertKind kind, LocalDate episodeStart, long acknowledgedBy,
                                   boolean byYou, Instant acknowledgedAt) {
}
