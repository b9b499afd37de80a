package org.upright.tracker.testing;

import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.progress.ProgressFacts;
import org.upright.tracker.progress.ProgressFacts.DayScore;
import org.upright.tracker.progress.ProgressFacts.DoneSlot;
import org.upright.tracker.progress.ProgressFacts.SessionRise;
import org.upright.tracker.progress.ProgressRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A member's history written day by day, turned into the {@link ProgressFacts} the facts query
 * would read for it (the same windows), so the rules can be tested without a database.
 */
public final class History {

    private final TreeMap<LocalDate, Integer> ratings = new TreeMap<>();
    private final List<DoneSlot> sessions = new ArrayList<>();
    private final Map<AlertKind, LocalDate> seen = new EnumMap<>(AlertKind.class);
    private SessionRise rise;
    private Long programId;
    private LocalDate programStart;

    /** Rates consecutive days from {@code first}; null leaves a day unrated. */
    public History rate(LocalDate first, Integer... scores) {
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != null) {
                ratings.put(first.plusDays(i), scores[i]);
            }
        }
        return this;
    }

    public History session(LocalDate day, long routineId) {
        sessions.add(new DoneSlot(day, routineId, 1));
        return this;
    }

    public History painRise(LocalDate day, Integer before, int after) {
        rise = new SessionRise(day, 1, before, after);
        return this;
    }

    public History enrolled(long programId, LocalDate start) {
        this.programId = programId;
        this.programStart = start;
        return this;
    }

    public History seen(AlertKind kind, LocalDate upTo) {
        seen.put(kind, upTo);
        return this;
    }

    public ProgressFacts asOf(LocalDate today) {
        List<DayScore> all = ratings.headMap(today, true).entrySet().stream()
                .map(e -> new DayScore(e.getKey(), e.getValue())).toList();
        int w = ProgressRules.WINDOW_DAYS;
        List<DayScore> first = all.stream().limit(w).toList();
        List<DayScore> program = programStart == null ? List.of()
                : all.stream().filter(d -> !d.day().isBefore(programStart)).limit(w).toList();
        List<DayScore> last = all.subList(Math.max(0, all.size() - w), all.size());
        LocalDate recentFrom = today.minusDays(ProgressRules.RECENT_DAYS - 1L);
        List<DayScore> recent = all.stream().filter(d -> !d.day().isBefore(recentFrom)).toList();
        LocalDate adherenceFrom = today.minusDays(ProgressRules.ADHERENCE_DAYS - 1L);
        List<DoneSlot> done = sessions.stream()
                .filter(s -> !s.day().isBefore(adherenceFrom) && !s.day().isAfter(today)).toList();
        LocalDate lastActive = null;
        for (LocalDate d : ratings.headMap(today, true).keySet()) {
            lastActive = d;
        }
        for (DoneSlot s : sessions) {
            if (!s.day().isAfter(today) && (lastActive == null || s.day().isAfter(lastActive))) {
                lastActive = s.day();
            }
        }
        // like the query: only a rise within the look-back, and not in the future
        SessionRise recentRise = rise == null || rise.day().isAfter(today)
                || rise.day().isBefore(today.minusDays(ProgressRules.LOOKBACK_DAYS - 1L)) ? null : rise;
        return new ProgressFacts(1, today, programId, programStart, first, program, last, recent, lastActive, done,
                recentRise, seen);
    }
}
