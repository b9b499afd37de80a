package org.upright.tracker.progress;

import java.time.LocalDate;
import java.util.List;

/** Every calendar day from {@code from} to {@code to}, in order. */
public record PainSeries(LocalDate from, LocalDate to, List<DailyPain> days) {

    public PainSeries {
        days = List.copyOf(days);
    }

    public long ratedDays() {
        return days.stream().filter(d -> d.score() != null).count();
    }

    public long sessionDays() {
        return days.stream().filter(d -> d.sessions() > 0).count();
    }
}
