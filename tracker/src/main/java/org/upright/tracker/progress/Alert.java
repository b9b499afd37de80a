package org.upright.tracker.progress;

import java.time.LocalDate;

/** One alert about a member, with the days it concerns and a sentence a coach can read. */
public record Alert(AlertKind kind, LocalDate from, LocalDate to, String description) {
}
