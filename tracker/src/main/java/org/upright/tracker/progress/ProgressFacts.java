package org.upright.tracker.progress;

import org.upright.tracker.alert.AlertKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the progress rules need to know of one member as of their today, read by one statement
 * ({@link ProgressFactsQuery}) for one member or many: bounded windows of rows, never a whole history.
 *
 * @param programId      the active enrollment's program, null when not enrolled
 * @param programStart   its start date
 * @param firstRatings   the first {@value ProgressRules#WINDOW_DAYS} rated days ever, up to today
 * @param programRatings the first {@value ProgressRules#WINDOW_DAYS} rated days since the program started
 * @param lastRatings    the last {@value ProgressRules#WINDOW_DAYS} rated days up to today, oldest first
 * @param recentRatings  every rating of the last {@value ProgressRules#RECENT_DAYS} days, oldest first
 * @param lastActive     the last day with a rating or a session (null if none)
 * @param doneSlots      sessions per day and routine over the last {@value ProgressRules#ADHERENCE_DAYS} days
 * @param painRise       the latest session of the last {@value ProgressRules#LOOKBACK_DAYS} days with a bad pain
 *                       response ({@link ProgressRules#badSessionResponse}), or null
 * @param seen           per alert kind, the latest episode a coach marked seen
 */
public record ProgressFacts(long memberId, LocalDate today, Long programId, LocalDate programStart,
                            List<DayScore> firstRatings, List<DayScore> programRatings, List<DayScore> lastRatings,
                            List<DayScore> recentRatings, LocalDate lastActive, List<DoneSlot> doneSlots,
                            SessionRise painRise, Map<AlertKind, LocalDate> seen) {

    public ProgressFacts {
        firstRatings = List.copyOf(firstRatings);
        programRatings = List.copyOf(programRatings);
        lastRatings = List.copyOf(lastRatings);
        recentRatings = List.copyOf(recentRatings);
        doneSlots = List.copyOf(doneSlots);
        seen = Map.copyOf(seen);
    }

    public record DayScore(LocalDate day, int score) {
    }

    /** {@code count} sessions of the routine on that day. */
    public record DoneSlot(LocalDate day, long routineId, int count) {
    }

    /** A session whose pain response was bad ({@link ProgressRules#badSessionResponse}); {@code before} may be unknown. */
    public record SessionRise(LocalDate day, long routineId, Integer before, int after) {
    }
}
