package org.upright.tracker.cohort;

import org.upright.tracker.alert.AlertKind;

import java.time.LocalDate;

/**
 * An open alert of one client in the coach's triage queue, with the days it concerns, what
 * happened and its severity ({@link org.upright.tracker.alert.Triage}: lower is more urgent).
 */
public record TriageAlert(long memberId, String memberName, AlertKind kind, LocalDate from, LocalDate to,
                          String description, int severity) {
}
