package org.upright.portal.coach;

import org.upright.tracker.progress.AlertKind;

import java.time.LocalDate;

/** An open alert of one client in the coach's triage queue, with the days it concerns and what happened. */
public record TriageAlert(long memberId, String memberName, AlertKind kind, LocalDate from, LocalDate to,
                          String description) {
}
