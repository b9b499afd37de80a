package org.upright.portal.coach;

import org.upright.tracker.progress.AlertKind;
import org.upright.tracker.progress.ChangeLabel;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * One client in the coach's list: program and day, last rating, baseline vs current with the
 * MCID label (null until there are enough ratings), adherence over 7 and 28 days, last
 * activity and the alerts nobody has marked seen yet, most severe first.
 */
public record ClientProgressRow(long memberId, String displayName, String username, LocalDate today,
                                Long programId, String programTitle, Integer programDay, Integer programDays,
                                LocalDate lastRatingDay, Integer lastRatingScore,
                                Double baseline, Double current, ChangeLabel change,
                                int planned7, int done7, int planned28, int done28,
                                LocalDate lastActive, List<AlertKind> openAlerts) {

    public ClientProgressRow {
        openAlerts = List.copyOf(openAlerts);
    }

    public OptionalInt adherence7Percent() {
        return percent(done7, planned7);
    }

    public OptionalInt adherence28Percent() {
        return percent(done28, planned28);
    }

    private static OptionalInt percent(int done, int planned) {
        return planned == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100.0 * done / planned));
    }
}
