package org.upright.tracker.alert;

import java.time.LocalDate;

/**
 * One alert about a member: the days it concerns, a sentence a coach can read (in their language), how large it is
 * (points of worsening, days of a run, the spiking score …), the day that identifies its episode
 * when a coach marks it seen, and whether a coach has seen it (and nothing has got worse since).
 */
public record Alert(AlertKind kind, LocalDate from, LocalDate to, AlertText text, double magnitude,
                    LocalDate episode, boolean seen) {

    /** An alert whose sentence is already words (as tests write it). */
    public Alert(AlertKind kind, LocalDate from, LocalDate to, String description, double magnitude,
                 LocalDate episode, boolean seen) {
        this(kind, from, to, AlertText.literal(description), magnitude, episode, seen);
    }

    /** The sentence in the reader's language. */
    public String description() {
        return text.text();
    }

    /** How urgent it is in the triage queue: lower comes first (see {@link Triage}). */
    public int severity() {
        return Triage.severity(this);
    }
}
