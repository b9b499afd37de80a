package org.upright.tracker.alert;

import java.time.LocalDate;

/**
 * One alert about a member: the days it concerns, a sentence a coach can read, how large it is
 * (points of worsening, days of a run, the spiking score …), the day that identifies its episode
 * when a coach marks it seen, and whether a coach has seen it (and nothing has got worse since).
 */
public record Alert(AlertKind kind, LocalDate from, LocalDate to, String description, double magnitude,
                    LocalDate episode, boolean seen) {

    /** How urgent it is in the triage queue: lower comes first (see {@link Triage}). */
    public int severity() {
        return Triage.severity(this);
    }
}
