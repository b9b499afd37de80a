package org.upright.tracker.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.alert.Triage;
import org.upright.tracker.program.ProgramSchedule;
import org.upright.tracker.testing.History;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The progress rules as a table each, over histories written day by day (no database). */
class ProgressRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    static ProgressSummary summary(History history) {
        return ProgressRules.summarize(history.asOf(TODAY), Optional.empty());
    }

    static Integer[] scores(String spaced) {
        return Arrays.stream(spaced.trim().split("\\s+")).map(s -> s.equals("-") ? null : Integer.valueOf(s))
                .toArray(Integer[]::new);
    }

    /** Baseline days, then current days, ending today. */
    static History baselineThenCurrent(String baseline, String current) {
        Integer[] b = scores(baseline);
        Integer[] c = scores(current);
        List<Integer> all = new ArrayList<>(Arrays.asList(b));
        all.addAll(Arrays.asList(c));
        return new History().rate(TODAY.minusDays(all.size() - 1L), all.toArray(Integer[]::new));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]: {2}, shown {3} -> {4}, worsening alert {5}")
    @CsvSource(delimiter = '|', value = {
            // baseline 0: one point is a change, but an alert needs two
            "0 0 0 0 0 0 0 | 1 1 1 1 1 1 1 | WORSENED        | 0.0 | 1.0 | false",
            "0 0 0 0 0 0 0 | 0 1 0 1 0 1 0 | NO_CLEAR_CHANGE | 0.0 | 0.4 | false",
            "0 0 0 0 0 0 0 | 2 2 2 2 2 2 2 | WORSENED        | 0.0 | 2.0 | true",
            // baseline 1: 1.0 -> 1.3 is 30 % but a third of a point: not a change (it was "worsened")
            "1 1 1 1 1 1 1 | 1 1 2 1 1 2 1 | NO_CLEAR_CHANGE | 1.0 | 1.3 | false",
            "1 1 1 1 1 1 1 | 2 2 2 2 2 2 2 | WORSENED        | 1.0 | 2.0 | false",
            "1 1 1 1 1 1 1 | 3 3 3 3 3 3 3 | WORSENED        | 1.0 | 3.0 | true",
            // baseline 2
            "2 2 2 2 2 2 2 | 3 3 3 3 3 3 3 | WORSENED        | 2.0 | 3.0 | false",
            "2 2 2 2 2 2 2 | 2 3 2 3 2 3 2 | NO_CLEAR_CHANGE | 2.0 | 2.4 | false",
            "2 2 2 2 2 2 2 | 4 4 4 4 4 4 4 | WORSENED        | 2.0 | 4.0 | true",
            "2 2 2 2 2 2 2 | 1 1 1 1 1 1 1 | IMPROVED        | 2.0 | 1.0 | false",
            // 7.29 -> 5.33 is shown 7.3 -> 5.3, "2.0 points lower": a change, not "not yet a clear change"
            "7 7 8 7 8 7 7 | 5 5 6         | IMPROVED        | 7.3 | 5.3 | false",
            "7 7 8 7 8 7 7 | 6 5 5 6 5 5 6 | NO_CLEAR_CHANGE | 7.3 | 5.4 | false",
            "9 9 9 9 9 9 9 | 7 7 7 7 7 7 7 | IMPROVED        | 9.0 | 7.0 | false",
            "5 5 5 5 5 5 5 | 7 7 7 7 7 7 7 | WORSENED        | 5.0 | 7.0 | true",
            "5 5 5 5 5 5 5 | 6 6 7 6 6 7 6 | NO_CLEAR_CHANGE | 5.0 | 6.3 | false",
            "5 5 5 5 5 5 5 | 7 6 7 6 7 6 7 | WORSENED        | 5.0 | 6.6 | false",
    })
    void baselineCurrentLabelAndWorseningAlert(String baseline, String current, ChangeLabel label, double shownBaseline,
                                               double shownCurrent, boolean alert) {
        ProgressSummary s = summary(baselineThenCurrent(baseline, current));
        PainComparison c = s.pain().sinceJoined().comparison().orElseThrow();
        assertThat(c.label()).isEqualTo(label);
        assertThat(c.baseline().period().shown()).isEqualTo(shownBaseline);
        assertThat(c.current().shown()).isEqualTo(shownCurrent);
        // the label and the shown figures agree: the change is the difference of the shown means
        assertThat(c.change()).isCloseTo(shownCurrent - shownBaseline, within(1e-9));
        assertThat(s.alerts().stream().anyMatch(a -> a.kind() == AlertKind.WORSENING)).isEqualTo(alert);
    }

    @Test
    void theWordingNeverCallsAShownTwoPointChangeUnclear() {
        ProgressSummary s = summary(baselineThenCurrent("7 7 8 7 8 7 7", "5 5 6"));
        assertThat(ProgressWording.summary(s.pain())).isEqualTo(
                "Since you joined: your pain is 2.0 points lower than at the start (7.3 → 5.3) — a change that matters.");
    }

    @ParameterizedTest(name = "{0}: baseline {1}, comparison {2}, {3} rated days to go")
    @CsvSource(delimiter = '|', value = {
            // sparse raters: every third day, or a few days in a month
            "-                                              | false | false | 10",
            "6 - - 6                                        | false | false | 8",
            "6 - - 6 - - 7                                  | true  | false | 7",
            "6 - - 6 - - 7 - - 5 - - 6 - - 6 - - 7          | true  | false | 3",
            "6 - - 6 - - 7 - - 5 - - 6 - - 6 - - 7 - - 4 - 4 | true  | false | 1",
            "6 - - 6 - - 7 - - 5 - - 6 - - 6 - - 7 - 4 - 4 - 3 | true  | true  | 0",
    })
    void aComparisonNeedsTenRatedDays(String ratings, boolean baseline, boolean comparison, int needed) {
        History h = ratings.trim().equals("-") ? new History() : new History().rate(TODAY.minusDays(scores(ratings).length - 1L), scores(ratings));
        PainChange joined = summary(h).pain().sinceJoined();
        assertThat(joined.baseline().isPresent()).isEqualTo(baseline);
        assertThat(joined.comparison().isPresent()).isEqualTo(comparison);
        assertThat(joined.ratedDaysNeeded()).isEqualTo(needed);
        assertThat(ProgressRules.RATED_DAYS_FOR_COMPARISON).isEqualTo(10);
        if (!comparison) {
            assertThat(ProgressWording.summary(summary(h).pain())).contains("needs 10 rated days").contains(needed + " to go");
        }
    }

    @ParameterizedTest(name = "last rating {0} days ago: stale {1}")
    @CsvSource({"0, false", "14, false", "15, true", "40, true"})
    void anOldCurrentPeriodIsNotPresentedAsNow(int daysAgo, boolean stale) {
        LocalDate last = TODAY.minusDays(daysAgo);
        History h = new History().rate(last.minusDays(13), scores("2 2 2 2 2 2 2 5 5 5 5 5 5 5"));
        ProgressSummary s = summary(h);
        PainComparison c = s.pain().sinceJoined().comparison().orElseThrow();
        assertThat(c.stale()).isEqualTo(stale);
        // a worsening that is not current raises no alert
        assertThat(s.alerts().stream().anyMatch(a -> a.kind() == AlertKind.WORSENING)).isEqualTo(!stale);
        assertThat(ProgressWording.summary(s.pain()).contains("when you last rated your pain")).isEqualTo(stale);
    }

    @Test
    void bothBaselinesAreShown() {
        // 8 out of 10 on joining, 3 months of improvement, then a new program last fortnight at 3
        LocalDate start = TODAY.minusDays(9);
        History h = new History().rate(TODAY.minusDays(120), scores("8 8 8 8 8 8 8"))
                .rate(TODAY.minusDays(60), scores("5 5 4 4"))
                .enrolled(77, start)
                .rate(start, scores("3 3 3 3 3 3 3 3 3 3"));
        ProgressSummary s = ProgressRules.summarize(h.asOf(TODAY),
                Optional.of(new ProgramSchedule(77, "Calm back", 4, Map.of())));
        PainComparison joined = s.pain().sinceJoined().comparison().orElseThrow();
        PainComparison program = s.pain().sinceProgram().flatMap(PainChange::comparison).orElseThrow();
        assertThat(joined.label()).isEqualTo(ChangeLabel.IMPROVED);
        assertThat(joined.baseline().source()).isEqualTo(BaselineSource.JOINED);
        assertThat(program.label()).isEqualTo(ChangeLabel.NO_CLEAR_CHANGE);
        assertThat(program.baseline().source()).isEqualTo(BaselineSource.PROGRAM);
        assertThat(ProgressWording.summary(s.pain()))
                .contains("Since you joined: your pain is 5.0 points lower than at the start (8.0 → 3.0) — a change that matters.")
                .contains("Since your program started: your pain is the same as at the start (3.0 → 3.0) — not yet a clear change.");
        // the single figure (grid, chart band) is the program's
        assertThat(s.pain().comparison()).contains(program);
    }

    @Test
    void aSeenWorseningStaysSeenOnUnchangedDataAndReopensOnANewWeekOfWorsening() {
        // a gradual rise (no single day jumps 3 points over the week before it)
        History h = baselineThenCurrent("2 2 2 2 2 2 2", "4 4 5 5 5 5 5");
        Alert open = summary(h).alerts().getFirst();
        assertThat(open.kind()).isEqualTo(AlertKind.WORSENING);
        assertThat(open.description()).isEqualTo("Pain rose from 2.0 to 4.7 (+2.7 points) since joining");
        assertThat(summary(h).openAlerts()).containsExactly(open);
        h.seen(AlertKind.WORSENING, open.episode());
        // no new ratings: seen today, seen in 7 and 14 days (it used to re-fire after 7)
        for (int later : new int[]{0, 7, 14}) {
            ProgressSummary s = ProgressRules.summarize(h.asOf(TODAY.plusDays(later)), Optional.empty());
            assertThat(s.alerts()).filteredOn(a -> a.kind() == AlertKind.WORSENING).allMatch(Alert::seen);
        }
        // a few new worse days: the current period still holds days the coach saw
        h.rate(TODAY.plusDays(1), scores("5 5 5"));
        assertThat(ProgressRules.summarize(h.asOf(TODAY.plusDays(3)), Optional.empty()).openAlerts()).isEmpty();
        // a whole new week of worsening: open again
        h.rate(TODAY.plusDays(4), scores("5 5 5 5"));
        assertThat(ProgressRules.summarize(h.asOf(TODAY.plusDays(7)), Optional.empty()).openAlerts())
                .extracting(Alert::kind).containsExactly(AlertKind.WORSENING);
    }

    @ParameterizedTest(name = "{0}: run of {1}")
    @CsvSource(delimiter = '|', value = {
            "7 8 9             | 3",
            "7 8 - 9           | 3",    // one unrated day does not break a run
            "7 - 8 - 9 - 7     | 4",
            "7 8 - - 9         | 0",    // two do
            "7 6 8 9           | 0",    // a lower rating does
            "7 7 7 7 7 7 7 7 7 | 9",
    })
    void highPainRuns(String ratings, int runDays) {
        Integer[] s = scores(ratings);
        ProgressSummary summary = summary(new History().rate(TODAY.minusDays(s.length - 1L), s));
        Optional<Alert> run = summary.alerts().stream().filter(a -> a.kind() == AlertKind.HIGH_PAIN_RUN).findFirst();
        assertThat(run.map(a -> (int) a.magnitude()).orElse(0)).isEqualTo(runDays);
    }

    @Test
    void anEscalatingRunAlertsAgainAfterSeen() {
        History h = new History().rate(TODAY.minusDays(2), scores("7 8 8"));
        Alert run = summary(h).alerts().getFirst();
        h.seen(AlertKind.HIGH_PAIN_RUN, run.episode());
        h.rate(TODAY.plusDays(1), 8);
        assertThat(ProgressRules.summarize(h.asOf(TODAY.plusDays(1)), Optional.empty()).openAlerts()).isEmpty();
        h.rate(TODAY.plusDays(2), 9);
        assertThat(ProgressRules.summarize(h.asOf(TODAY.plusDays(2)), Optional.empty()).openAlerts())
                .extracting(Alert::kind).containsExactly(AlertKind.HIGH_PAIN_RUN);
    }

    @ParameterizedTest(name = "{0}: spike {1}")
    @CsvSource(delimiter = '|', value = {
            "10                | true",
            "3 3 3 10          | true",
            "3 4 3 7           | true",    // 7 is 3.7 above 3.3
            "3 4 3 6           | false",   // 2.7 above
            "3 - - - - 6       | false",   // too few days before it for an average
            "2 2 2 2 2 2 2 5   | true",
            "9 9 9 10          | false",   // part of a high-pain run, which alerts instead
    })
    void spikes(String ratings, boolean spike) {
        Integer[] s = scores(ratings);
        ProgressSummary summary = summary(new History().rate(TODAY.minusDays(s.length - 1L), s));
        assertThat(summary.alerts().stream().anyMatch(a -> a.kind() == AlertKind.PAIN_SPIKE)).isEqualTo(spike);
    }

    @Test
    void triageOrderIsBySeverity() {
        Alert run = alert(AlertKind.HIGH_PAIN_RUN, 3);
        Alert spike = alert(AlertKind.PAIN_SPIKE, 10);
        Alert largeWorsening = alert(AlertKind.WORSENING, 3.5);
        Alert smallWorsening = alert(AlertKind.WORSENING, 2.0);
        Alert sessionRise = alert(AlertKind.SESSION_PAIN_RISE, 2);
        Alert inactive = alert(AlertKind.INACTIVE, 30);
        List<Alert> alerts = new ArrayList<>(List.of(inactive, sessionRise, smallWorsening, largeWorsening, spike, run));
        alerts.sort(Triage.ORDER);
        assertThat(alerts).containsExactly(run, spike, largeWorsening, smallWorsening, sessionRise, inactive);
        assertThat(largeWorsening.severity()).isEqualTo(Triage.URGENT);
        assertThat(smallWorsening.severity()).isEqualTo(Triage.CONCERN);
        assertThat(inactive.severity()).isEqualTo(Triage.QUIET);
    }

    private static Alert alert(AlertKind kind, double magnitude) {
        return new Alert(kind, TODAY, TODAY, kind.name(), magnitude, TODAY, false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // program: routine 1 on days 1-7, starting 6 days ago (today is day 7)
            "nothing done                 | -             | 6 | 0",
            "done yesterday only          | 1             | 6 | 1",
            "done today: counts           | 0             | 7 | 1",
            "done every day               | 6 5 4 3 2 1 0 | 7 | 7",
    })
    void adherenceDoesNotCountTodayAsMissedBeforeItIsOver(String name, String daysAgo, int planned, int done) {
        History h = new History().enrolled(5, TODAY.minusDays(6));
        if (!daysAgo.trim().equals("-")) {
            Arrays.stream(daysAgo.trim().split(" ")).forEach(d -> h.session(TODAY.minusDays(Integer.parseInt(d)), 1));
        }
        Map<Integer, List<Long>> byDay = new java.util.HashMap<>();
        for (int d = 1; d <= 7; d++) {
            byDay.put(d, List.of(1L));
        }
        ProgressSummary s = ProgressRules.summarize(h.asOf(TODAY), Optional.of(new ProgramSchedule(5, "Daily", 2, byDay)));
        assertThat(s.adherence().last7Days().planned()).isEqualTo(planned);
        assertThat(s.adherence().last7Days().done()).isEqualTo(done);
    }

    @ParameterizedTest(name = "started {0} days ago, {1} weeks: inactive {2}, finished {3}")
    @CsvSource({"10, 4, true, false", "27, 4, true, false", "28, 4, false, true", "60, 4, false, true", "2, 4, false, false"})
    void inactivityOnlyWhileTheProgramRuns(int startedDaysAgo, int weeks, boolean inactive, boolean finished) {
        History h = new History().enrolled(6, TODAY.minusDays(startedDaysAgo));
        ProgressSummary s = ProgressRules.summarize(h.asOf(TODAY),
                Optional.of(new ProgramSchedule(6, "Four weeks", weeks, Map.of())));
        assertThat(s.alerts().stream().anyMatch(a -> a.kind() == AlertKind.INACTIVE)).isEqualTo(inactive);
        assertThat(s.program().orElseThrow().finished()).isEqualTo(finished);
    }

    /** Enrolled {@code day - 1} days before TODAY (today is program day {@code day}), rated daily: a week at {@code baseline}, then {@code current}. */
    static History programDays(int day, int baseline, int current) {
        LocalDate start = TODAY.minusDays(day - 1L);
        History h = new History().enrolled(7, start);
        for (int d = 0; d < day; d++) {
            h.rate(start.plusDays(d), d < ProgressRules.WINDOW_DAYS ? baseline : current);
        }
        return h;
    }

    static Optional<Alert> checkpoint(History h, int weeks) {
        ProgressSummary s = ProgressRules.summarize(h.asOf(TODAY), Optional.of(new ProgramSchedule(7, "Program", weeks, Map.of())));
        return s.alerts().stream().filter(a -> a.kind() == AlertKind.NO_IMPROVEMENT).findFirst();
    }

    @ParameterizedTest(name = "{0}-week program on day {1}, pain {2} -> {3}: checkpoint {4}")
    @CsvSource({
            "8, 27, 5, 5, false",   // before week 4
            "8, 28, 5, 5, true",
            "8, 42, 5, 4, true",    // one point from 5 is not a clear change (1.5 needed)
            "8, 35, 5, 3, false",   // improved by 2 points
            "8, 30, 5, 7, true",    // worse is no improvement either
            "8, 43, 5, 5, false",   // after week 6, before the program's end
            "8, 56, 5, 5, true",    // the end of the program
            "8, 70, 5, 5, true",
            "8, 71, 5, 5, false",   // two weeks after the end
            "4, 28, 6, 6, true",
            "4, 42, 6, 5, true",
            "4, 43, 6, 6, false",
    })
    void theCheckpointAdvisesAClinicianWithoutAClearImprovement(int weeks, int day, int baseline, int current,
                                                                 boolean alert) {
        assertThat(checkpoint(programDays(day, baseline, current), weeks).isPresent()).isEqualTo(alert);
    }

    @Test
    void theCheckpointNeedsAComparisonAndReopensAtTheProgramsEnd() {
        LocalDate start = TODAY.minusDays(29);
        History sparse = new History().enrolled(7, start).rate(start, 5, 5, 5, 5, 5, 5, 5); // no current period yet
        assertThat(checkpoint(sparse, 8)).isEmpty();

        Alert midway = checkpoint(programDays(30, 5, 5), 8).orElseThrow();
        assertThat(midway.description()).isEqualTo("No clear improvement by day 30 of the program (5.0 → 5.0): advise seeing a clinician");
        assertThat(midway.episode()).isEqualTo(TODAY.minusDays(2)); // day 28
        assertThat(midway.severity()).isEqualTo(Triage.CONCERN);
        assertThat(checkpoint(programDays(30, 5, 5).seen(AlertKind.NO_IMPROVEMENT, midway.episode()), 8).orElseThrow()
                .seen()).isTrue();

        // seen at week 4; the end of the program is a new episode
        History atEnd = programDays(56, 5, 5).seen(AlertKind.NO_IMPROVEMENT, TODAY.minusDays(28));
        Alert end = checkpoint(atEnd, 8).orElseThrow();
        assertThat(end.seen()).isFalse();
        assertThat(end.description()).startsWith("No clear improvement by the end of the program");
    }

    @Test
    void aSessionWhosePainRoseIsFlaggedUntilSeen() {
        History h = new History().painRise(TODAY.minusDays(1), 3, 6);
        assertThat(summary(h).openAlerts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.SESSION_PAIN_RISE);
            assertThat(a.description()).isEqualTo("Pain rose from 3 to 6 during a session");
        });
        h.seen(AlertKind.SESSION_PAIN_RISE, TODAY.minusDays(1));
        assertThat(summary(h).openAlerts()).isEmpty();
    }

    @ParameterizedTest(name = "pain {0} -> {1}: bad response {2}")
    @CsvSource(value = {"3, 5, true", "3, 4, false", "5, 6, false", "6, 7, true", "NULL, 7, true", "NULL, 6, false",
            "8, 7, true", "0, 2, true", "4, NULL, false", "NULL, NULL, false"}, nullValues = "NULL")
    void painMonitoringAfterASession(Integer before, Integer after, boolean bad) {
        assertThat(ProgressRules.badSessionResponse(before, after)).isEqualTo(bad);
        assertThat(SessionPainAdvice.of(before, after).isPresent()).isEqualTo(bad);
        if (bad) {
            History h = new History().painRise(TODAY, before, after);
            assertThat(summary(h).openAlerts()).extracting(Alert::kind).containsExactly(AlertKind.SESSION_PAIN_RISE);
        }
    }

    @ParameterizedTest(name = "pain {0} -> {1}, {2} days ago: easier suggested {3}")
    @CsvSource(value = {"3, 6, 0, true", "3, 6, 13, true", "3, 6, 14, false", "NULL, 8, 5, true", "3, 4, 0, false",
            "3, 6, -1, false"}, nullValues = "NULL")
    void afterABadResponseTheEasierVersionsAreSuggestedForTwoWeeks(Integer before, Integer after, int daysAgo,
                                                                  boolean suggested) {
        assertThat(ProgressRules.suggestEasier(before, after, TODAY.minusDays(daysAgo), TODAY)).isEqualTo(suggested);
    }

    @Test
    void theAdviceSaysWhatHappenedAndWhatToDo() {
        SessionPainAdvice rose = SessionPainAdvice.of(3, 6).orElseThrow();
        assertThat(rose.headline()).isEqualTo("Your pain went up from 3 to 6 during this routine");
        assertThat(String.join(" ", rose.points())).contains("Ease back", "easier version", "next morning",
                "see a doctor or physiotherapist", "coach");
        assertThat(SessionPainAdvice.of(6, 7).orElseThrow().headline()).isEqualTo("Your pain is 7 out of 10 after this routine");
    }

    @ParameterizedTest(name = "pain {0} -> {1}: flagged {2}")
    @CsvSource(value = {"3, 5, true", "3, 4, false", "0, 10, true", "5, 3, false", "NULL, 5, false", "4, NULL, false"},
            nullValues = "NULL")
    void aSessionIsFlaggedWhenPainAfterIsTwoPointsAboveBefore(Integer before, Integer after, boolean flagged) {
        var session = new org.upright.tracker.session.CompletedSession(1, java.util.UUID.randomUUID(), 1, 1, 1,
                java.time.Instant.EPOCH, java.time.Instant.EPOCH, TODAY, 3, 3, 600, before, after, null, null, null);
        assertThat(new SessionHistoryRow(session, "Routine").painRose()).isEqualTo(flagged);
        assertThat(new SessionHistoryRow(session, "Routine").badPainResponse())
                .isEqualTo(ProgressRules.badSessionResponse(before, after));
    }

    @Test
    void aSessionSaysHowManyStepsWereDoneEasier() {
        java.util.function.Function<List<Boolean>, String> easier = list -> new SessionHistoryRow(
                new org.upright.tracker.session.CompletedSession(1, java.util.UUID.randomUUID(), 1, 1, 1,
                        java.time.Instant.EPOCH, java.time.Instant.EPOCH, TODAY, 5, list == null ? 5 : list.size(), 600,
                        null, null, null, null, null, null, null, list), "Routine").easier();
        assertThat(easier.apply(List.of(true, false, true, false, false))).isEqualTo("2 of 5 steps easier");
        assertThat(easier.apply(List.of(true))).isEqualTo("1 of 1 step easier");
        assertThat(easier.apply(List.of(false, false))).isEmpty();
        assertThat(easier.apply(null)).isEmpty();
    }
}
