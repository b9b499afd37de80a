package org.upright.portal.coach;

import org.upright.tracker.progress.AlertKind;

import java.time.Instant;
import java.time.LocalDate;

/** Who marked which alert episode of a client as seen, and when. */
public record AlertAcknowledgement(long memberId, AlertKind kind, LocalDate episodeStart, String acknowledgedBy,
                                   Instant acknowledgedAt) {
}
