package org.upright.tracker.progress;

import org.upright.tracker.alert.Alert;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every progress rule applied to one member as of their today: what the member's pages and the
 * coach's grid both show. {@code alerts} are in triage order and include seen ones.
 */
public record ProgressSummary(long memberId, LocalDate today, Optional<ProgramStatus> program, PainProgress pain,
                              AdherenceSummary adherence, LocalDate lastRatingDay, Integer lastRatingScore,
                              LocalDate lastActive, List<Alert> alerts) {

    public ProgressSummary {
        alerts = List.copyOf(alerts);
    }

    /** The alerts no coach has marked seen yet, most severe first. */
    public List<Alert> openAlerts() {
        return alerts.stream().filter(a -> !a.seen()).toList();
    }
}
