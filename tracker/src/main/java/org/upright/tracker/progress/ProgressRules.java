package org.upright.tracker.progress;

import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.alert.AlertText;
import org.upright.tracker.alert.Triage;
import org.upright.tracker.program.ProgramDays;
import org.upright.tracker.program.ProgramSchedule;
import org.upright.tracker.progress.ProgressFacts.DayScore;
import org.upright.tracker.progress.ProgressFacts.DoneSlot;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The progress rules, once: baselines and current pain, the MCID label, adherence, high-pain
 * runs and spikes, pain rising in a session, inactivity, and the alert sentences. A pure function
 * of {@link ProgressFacts} (and the program's schedule), so the member's pages and the coach's
 * grid cannot disagree, and every rule is tested without a database.
 */
public final class ProgressRules {

    /** Rated days in a baseline and in a current period. */
    public static final int WINDOW_DAYS = 7;
    /** Fewer rated days than this make no baseline, current value or average. */
    public static final int MIN_RATED_DAYS = 3;
    /** Rated days a comparison needs: a full baseline, then {@value #MIN_RATED_DAYS} more. */
    public static final int RATED_DAYS_FOR_COMPARISON = WINDOW_DAYS + MIN_RATED_DAYS;
    /** A current period that ended longer ago than this is not "now". */
    public static final int STALE_AFTER_DAYS = 14;
    /** A worsening alert needs at least this many points (on top of a clinically important change). */
    public static final double WORSENING_ALERT_POINTS = 2.0;
    public static final int HIGH_PAIN_SCORE = 7;
    public static final int HIGH_PAIN_RUN_DAYS = 3;
    /** High pain, spikes and session rises are reported while they touch this many recent days. */
    public static final int LOOKBACK_DAYS = 14;
    /** Ratings read for runs and spikes: the lookback, and enough before it for runs and averages. */
    public static final int RECENT_DAYS = 42;
    public static final int SPIKE_SCORE = 10;
    /** A rating this far above the mean of the 7 days before it is a spike. */
    public static final double SPIKE_JUMP_POINTS = 3.0;
    /** Pain-monitoring after a session (in the spirit of Silbernagel's model): a rise of this many points is too much. */
    public static final int SESSION_RISE_POINTS = 2;
    /** Pain at or above this after a session is too much whatever it was before. */
    public static final int SESSION_HIGH_AFTER = 7;
    public static final int INACTIVE_DAYS = 4;
    /** The program checkpoint (weeks 4 to 6): from this program day ... */
    public static final int CHECKPOINT_FROM_DAY = 28;
    /** ... to this one. */
    public static final int CHECKPOINT_TO_DAY = 42;
    /** The checkpoint at a program's end holds from its last day for this many days more. */
    public static final int END_CHECKPOINT_DAYS = 14;
    public static final int ADHERENCE_DAYS = 28;

    private ProgressRules() {
    }

    public static ProgressSummary summarize(ProgressFacts facts, Optional<ProgramSchedule> schedule) {
        LocalDate today = facts.today();
        Optional<ProgramStatus> program = Optional.ofNullable(facts.programId()).map(id -> status(facts, schedule));
        PainProgress pain = pain(facts, program);
        AdherenceSummary adherence = adherence(facts, schedule);
        DayScore last = facts.lastRatings().isEmpty() ? null : facts.lastRatings().getLast();
        List<Alert> alerts = new ArrayList<>();
        worsening(facts, pain).ifPresent(alerts::add);
        Optional<Run> run = highPainRun(facts);
        run.map(r -> runAlert(facts, r)).ifPresent(alerts::add);
        spike(facts, run).ifPresent(alerts::add);
        sessionRise(facts).ifPresent(alerts::add);
        inactive(facts, program).ifPresent(alerts::add);
        noImprovement(facts, program, pain).ifPresent(alerts::add);
        alerts.sort(Triage.ORDER);
        return new ProgressSummary(facts.memberId(), today, program, pain, adherence,
                last == null ? null : last.day(), last == null ? null : last.score(), facts.lastActive(), alerts);
    }

    private static ProgramStatus status(ProgressFacts facts, Optional<ProgramSchedule> schedule) {
        int day = ProgramDays.dayOf(facts.programStart(), facts.today());
        return new ProgramStatus(facts.programId(), schedule.map(ProgramSchedule::title).orElse(null),
                facts.programStart(), day, schedule.map(ProgramSchedule::lastDay).orElse(null),
                schedule.map(s -> ProgramDays.stage(facts.programStart(), facts.today(), s.lastDay())).orElse(null));
    }

    // --- pain against the baselines

    static PainProgress pain(ProgressFacts facts, Optional<ProgramStatus> program) {
        PainChange joined = change(BaselineSource.JOINED, facts.firstRatings(), facts.lastRatings(), facts.today());
        Optional<PainChange> sinceProgram = program.filter(p -> p.day() >= 1)
                .map(p -> change(BaselineSource.PROGRAM, facts.programRatings(), facts.lastRatings(), facts.today()));
        return new PainProgress(joined, sinceProgram);
    }

    /** {@code first}: the first rated days of the baseline's range; {@code last}: the last rated days up to today. */
    static PainChange change(BaselineSource source, List<DayScore> first, List<DayScore> last, LocalDate today) {
        List<DayScore> baselineDays = first.stream().limit(WINDOW_DAYS).toList();
        Optional<PainBaseline> baseline = baselineDays.size() < MIN_RATED_DAYS ? Optional.empty()
                : Optional.of(new PainBaseline(source, mean(baselineDays)));
        List<DayScore> currentDays = baselineDays.size() < WINDOW_DAYS ? List.of()
                : last.stream().filter(d -> d.day().isAfter(baselineDays.getLast().day())).toList();
        int needed = Math.max(0, WINDOW_DAYS - baselineDays.size()) + Math.max(0, MIN_RATED_DAYS - currentDays.size());
        Optional<PainComparison> comparison = baseline.filter(b -> currentDays.size() >= MIN_RATED_DAYS).map(b -> {
            PeriodMean current = mean(currentDays);
            boolean stale = ChronoUnit.DAYS.between(current.to(), today) > STALE_AFTER_DAYS;
            return new PainComparison(b, current, ChangeLabel.of(b.mean(), current.mean()), stale);
        });
        return new PainChange(source, baseline, comparison, needed);
    }

    private static PeriodMean mean(List<DayScore> days) {
        double sum = days.stream().mapToInt(DayScore::score).sum();
        return new PeriodMean(days.getFirst().day(), days.getLast().day(), days.size(), sum / days.size());
    }

    // --- adherence

    static AdherenceSummary adherence(ProgressFacts facts, Optional<ProgramSchedule> schedule) {
        LocalDate today = facts.today();
        return new AdherenceSummary(facts.programId(),
                facts.programId() == null ? null : schedule.map(ProgramSchedule::title).orElse(null),
                window(facts, schedule, today.minusDays(6)),
                window(facts, schedule, today.minusDays(ADHERENCE_DAYS - 1L)));
    }

    /**
     * Planned slots from {@code from} to today and how many were done (a session of that routine
     * that day). Today's slots count only once done: the day is not over yet.
     */
    private static Adherence window(ProgressFacts facts, Optional<ProgramSchedule> schedule, LocalDate from) {
        LocalDate today = facts.today();
        Map<String, Integer> doneBySlot = new HashMap<>();
        int sessions = 0;
        for (DoneSlot slot : facts.doneSlots()) {
            if (!slot.day().isBefore(from) && !slot.day().isAfter(today)) {
                doneBySlot.merge(slot.day() + "/" + slot.routineId(), slot.count(), Integer::sum);
                sessions += slot.count();
            }
        }
        int planned = 0;
        int done = 0;
        if (facts.programId() != null && schedule.isPresent()) {
            LocalDate start = facts.programStart();
            for (LocalDate day = from.isBefore(start) ? start : from; !day.isAfter(today); day = day.plusDays(1)) {
                for (Long routineId : schedule.get().routinesOn(start, day)) {
                    // a routine planned twice on a day needs two sessions of it
                    String key = day + "/" + routineId;
                    int left = doneBySlot.getOrDefault(key, 0);
                    if (left > 0) {
                        planned++;
                        done++;
                        doneBySlot.put(key, left - 1);
                    } else if (day.isBefore(today)) {
                        planned++;
                    }
                }
            }
        }
        return new Adherence(from, today, planned, done, sessions);
    }

    // --- alerts

    static Optional<Alert> worsening(ProgressFacts facts, PainProgress pain) {
        List<PainComparison> candidates = new ArrayList<>();
        pain.sinceProgram().flatMap(PainChange::comparison).ifPresent(candidates::add);
        pain.sinceJoined().comparison().ifPresent(candidates::add);
        return candidates.stream()
                .filter(c -> !c.stale() && c.label() == ChangeLabel.WORSENED
                        && c.change() + 1e-9 >= WORSENING_ALERT_POINTS)
                .reduce((a, b) -> b.change() > a.change() + 1e-9 ? b : a)
                .map(c -> {
                    // the coach saw it while the current period still holds a rating they saw
                    LocalDate seenUpTo = facts.seen().get(AlertKind.WORSENING);
                    boolean seen = seenUpTo != null && !seenUpTo.isBefore(c.current().from());
                    return new Alert(AlertKind.WORSENING, c.current().from(), c.current().to(),
                            AlertText.of(c.baseline().source() == BaselineSource.PROGRAM
                                            ? "tracker.alert.worsening.program" : "tracker.alert.worsening.joined",
                                    ChangeLabel.rounded(c.baseline().mean()), ChangeLabel.rounded(c.current().mean()),
                                    c.change()),
                            c.change(), c.current().to(), seen);
                });
    }

    /** A run of high ratings: consecutive rated days at {@value #HIGH_PAIN_SCORE}+, at most one unrated day between two. */
    record Run(LocalDate from, LocalDate to, List<DayScore> days, boolean truncated) {
        int max() {
            return days.stream().mapToInt(DayScore::score).max().orElse(0);
        }
    }

    /** The latest run of {@value #HIGH_PAIN_RUN_DAYS}+ high days that touches the lookback. */
    static Optional<Run> highPainRun(ProgressFacts facts) {
        LocalDate windowStart = facts.today().minusDays(RECENT_DAYS - 1L);
        List<Run> runs = new ArrayList<>();
        List<DayScore> current = new ArrayList<>();
        for (DayScore rating : facts.recentRatings()) {
            boolean continues = !current.isEmpty()
                    && ChronoUnit.DAYS.between(current.getLast().day(), rating.day()) <= 2;
            if (rating.score() >= HIGH_PAIN_SCORE) {
                if (!continues && !current.isEmpty()) {
                    runs.add(run(current, windowStart));
                    current = new ArrayList<>();
                }
                current.add(rating);
            } else if (!current.isEmpty()) {
                runs.add(run(current, windowStart));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            runs.add(run(current, windowStart));
        }
        LocalDate lookbackStart = facts.today().minusDays(LOOKBACK_DAYS - 1L);
        return runs.reversed().stream()
                .filter(r -> r.days().size() >= HIGH_PAIN_RUN_DAYS && !r.to().isBefore(lookbackStart))
                .findFirst();
    }

    private static Run run(List<DayScore> days, LocalDate windowStart) {
        return new Run(days.getFirst().day(), days.getLast().day(), List.copyOf(days),
                ChronoUnit.DAYS.between(windowStart, days.getFirst().day()) < 2);
    }

    /**
     * Seen when a coach marked this run seen (the mark holds the last high day they saw) and no
     * later day of it was rated higher than every day they saw: an escalating run alerts again.
     */
    private static Alert runAlert(ProgressFacts facts, Run run) {
        LocalDate seenUpTo = facts.seen().get(AlertKind.HIGH_PAIN_RUN);
        boolean seen = false;
        if (seenUpTo != null && (!seenUpTo.isBefore(run.from()) || run.truncated())) {
            int maxSeen = run.days().stream().filter(d -> !d.day().isAfter(seenUpTo)).mapToInt(DayScore::score)
                    .max().orElse(0);
            seen = run.days().stream().noneMatch(d -> d.day().isAfter(seenUpTo) && d.score() > maxSeen);
        }
        int days = run.days().size();
        return new Alert(AlertKind.HIGH_PAIN_RUN, run.from(), run.to(),
                AlertText.of("tracker.alert.high-pain-run", days, HIGH_PAIN_SCORE, run.max()),
                days, run.to(), seen);
    }

    /** The latest single 10/10, or rating {@value #SPIKE_JUMP_POINTS}+ above the 7 days before it, outside a run. */
    static Optional<Alert> spike(ProgressFacts facts, Optional<Run> run) {
        LocalDate lookbackStart = facts.today().minusDays(LOOKBACK_DAYS - 1L);
        List<DayScore> ratings = facts.recentRatings();
        for (int i = ratings.size() - 1; i >= 0; i--) {
            DayScore r = ratings.get(i);
            if (r.day().isBefore(lookbackStart)) {
                break;
            }
            if (run.isPresent() && !r.day().isBefore(run.get().from()) && !r.day().isAfter(run.get().to())) {
                continue;
            }
            List<DayScore> before = ratings.stream()
                    .filter(p -> p.day().isBefore(r.day()) && !p.day().isBefore(r.day().minusDays(WINDOW_DAYS)))
                    .toList();
            Double average = before.size() < MIN_RATED_DAYS ? null
                    : before.stream().mapToInt(DayScore::score).average().orElseThrow();
            boolean jump = average != null && r.score() - ChangeLabel.rounded(average) + 1e-9 >= SPIKE_JUMP_POINTS;
            if (r.score() >= SPIKE_SCORE || jump) {
                LocalDate seenUpTo = facts.seen().get(AlertKind.PAIN_SPIKE);
                AlertText text = jump
                        ? AlertText.of("tracker.alert.spike.jump",
                        r.score(), r.score() - ChangeLabel.rounded(average), ChangeLabel.rounded(average))
                        : AlertText.of("tracker.alert.spike.score", r.score());
                return Optional.of(new Alert(AlertKind.PAIN_SPIKE, r.day(), r.day(), text, r.score(), r.day(),
                        seenUpTo != null && !seenUpTo.isBefore(r.day())));
            }
        }
        return Optional.empty();
    }

    /**
     * The pain-monitoring rule for one session: pain after it {@value #SESSION_RISE_POINTS}+ points
     * above pain before it, or {@value #SESSION_HIGH_AFTER}+ whatever it was before. It drives the
     * member's advice in the timer, the coach's alert (the facts query selects with the same two
     * numbers), the coach's session list and the easier versions suggested next time. No pain-after,
     * no verdict.
     */
    public static boolean badSessionResponse(Integer before, Integer after) {
        if (after == null) {
            return false;
        }
        return after >= SESSION_HIGH_AFTER || (before != null && after - before >= SESSION_RISE_POINTS);
    }

    /** After a bad pain response, the easier versions are suggested for this many days (or until a better session). */
    public static final int EASIER_SUGGESTED_DAYS = 14;

    /**
     * Whether the next session of a routine should suggest its easier versions: the routine's latest
     * session with a pain-after had a bad response ({@link #badSessionResponse}) no longer than
     * {@value #EASIER_SUGGESTED_DAYS} days ago. A later session with an acceptable response ends it.
     */
    public static boolean suggestEasier(Integer before, Integer after, LocalDate sessionDay, LocalDate today) {
        return badSessionResponse(before, after) && !sessionDay.isAfter(today)
                && ChronoUnit.DAYS.between(sessionDay, today) < EASIER_SUGGESTED_DAYS;
    }

    /** Whether pain rose by {@value #SESSION_RISE_POINTS}+ points (rather than only ending high). */
    public static boolean sessionPainRose(Integer before, Integer after) {
        return before != null && after != null && after - before >= SESSION_RISE_POINTS;
    }

    static Optional<Alert> sessionRise(ProgressFacts facts) {
        return Optional.ofNullable(facts.painRise()).filter(r -> badSessionResponse(r.before(), r.after())).map(rise -> {
            LocalDate seenUpTo = facts.seen().get(AlertKind.SESSION_PAIN_RISE);
            AlertText text = sessionPainRose(rise.before(), rise.after())
                    ? AlertText.of("tracker.alert.session.rose", rise.before(), rise.after())
                    : rise.before() == null ? AlertText.of("tracker.alert.session.high", rise.after())
                    : AlertText.of("tracker.alert.session.high-before", rise.after(), rise.before());
            return new Alert(AlertKind.SESSION_PAIN_RISE, rise.day(), rise.day(), text,
                    rise.after() - (rise.before() == null ? 0 : rise.before()), rise.day(),
                    seenUpTo != null && !seenUpTo.isBefore(rise.day()));
        });
    }

    /**
     * The checkpoint: on program days {@value #CHECKPOINT_FROM_DAY}–{@value #CHECKPOINT_TO_DAY}, and from
     * the program's last day for {@value #END_CHECKPOINT_DAYS} days, pain since the program started
     * that has not clearly improved by the MCID rule ({@link ChangeLabel}) means the member should see
     * a clinician. It needs a current comparison: without enough ratings there is nothing to judge
     * (the inactivity alert covers silence). The episode is the day the checkpoint opened.
     */
    static Optional<Alert> noImprovement(ProgressFacts facts, Optional<ProgramStatus> program, PainProgress pain) {
        Optional<PainComparison> comparison = pain.sinceProgram().flatMap(PainChange::comparison)
                .filter(c -> !c.stale() && c.label() != ChangeLabel.IMPROVED);
        if (program.isEmpty() || comparison.isEmpty()) {
            return Optional.empty();
        }
        ProgramStatus p = program.get();
        boolean atEnd = p.lastDay() != null && p.day() >= p.lastDay() && p.day() <= p.lastDay() + END_CHECKPOINT_DAYS;
        boolean midway = p.day() >= CHECKPOINT_FROM_DAY && p.day() <= CHECKPOINT_TO_DAY;
        if (!atEnd && !midway) {
            return Optional.empty();
        }
        LocalDate episode = ProgramDays.dateOf(p.startDate(), atEnd ? p.lastDay() : CHECKPOINT_FROM_DAY);
        PainComparison c = comparison.get();
        LocalDate seenUpTo = facts.seen().get(AlertKind.NO_IMPROVEMENT);
        return Optional.of(new Alert(AlertKind.NO_IMPROVEMENT, episode, facts.today(),
                atEnd
                        ? AlertText.of("tracker.alert.no-improvement.end",
                        ChangeLabel.rounded(c.baseline().mean()), ChangeLabel.rounded(c.current().mean()))
                        : AlertText.of("tracker.alert.no-improvement.day", p.day(),
                        ChangeLabel.rounded(c.baseline().mean()), ChangeLabel.rounded(c.current().mean())),
                p.day(), episode, seenUpTo != null && !seenUpTo.isBefore(episode)));
    }

    /**
     * Enrolled in a running program, but no rating and no session for {@value #INACTIVE_DAYS}+
     * days (days before the start do not count). A finished program raises no inactivity: the
     * grid says it is finished instead.
     */
    static Optional<Alert> inactive(ProgressFacts facts, Optional<ProgramStatus> program) {
        if (program.isEmpty() || program.get().day() < 1 || program.get().finished()) {
            return Optional.empty();
        }
        LocalDate today = facts.today();
        LocalDate lastActive = facts.lastActive();
        LocalDate dayBeforeStart = facts.programStart().minusDays(1);
        LocalDate quietSince = lastActive == null || lastActive.isBefore(dayBeforeStart) ? dayBeforeStart : lastActive;
        long quietDays = ChronoUnit.DAYS.between(quietSince, today);
        if (quietDays < INACTIVE_DAYS) {
            return Optional.empty();
        }
        LocalDate episode = quietSince.plusDays(1);
        LocalDate seenUpTo = facts.seen().get(AlertKind.INACTIVE);
        return Optional.of(new Alert(AlertKind.INACTIVE, episode, today,
                AlertText.of(lastActive == null ? "tracker.alert.inactive.since-enrolling" : "tracker.alert.inactive",
                        (int) quietDays),
                quietDays, episode, seenUpTo != null && !seenUpTo.isBefore(episode)));
    }
}
