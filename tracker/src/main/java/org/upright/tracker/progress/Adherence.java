package org.upright.tracker.progress;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Planned sessions against done ones over {@code from}..{@code to}: {@code done} counts planned
 * sessions that were done (a routine on its planned day), {@code sessions} every session recorded.
 */
public record Adherence(LocalDate from, LocalDate to, int planned, int done, int sessions) {

    /** Done as a whole percentage of planned; empty when nothing was planned. */
    public OptionalInt percent() {
        return planned == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100.0 * done / planned));
    }
}
