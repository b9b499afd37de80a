package org.upright.tracker.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.upright.kernel.i18n.Wording;
import org.upright.tracker.alert.AlertKind;

/**
 * The progress rules in plain words for the member. Every number is shown with one decimal, the
 * precision {@link ChangeLabel} judges, so a sentence and its label always agree.
 */
public final class ProgressWording {

    private ProgressWording() {
    }

    /** One sentence per baseline: since joining, and since the current program started (when it has). */
    public static String summary(PainProgress pain) {
        if (pain.sinceJoined().baseline().isEmpty()) {
            // no starting level at all yet (and so none since the program started either)
            return Wording.text("tracker.progress.no-baseline", ProgressRules.MIN_RATED_DAYS, needs(pain.sinceJoined()));
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(sentence(pain.sinceJoined(), Wording.text("tracker.progress.since.joined")));
        pain.sinceProgram().ifPresent(p -> sentences.add(sentence(p, Wording.text("tracker.progress.since.program"))));
        return String.join(" ", sentences);
    }

    static String sentence(PainChange change, String since) {
        if (change.comparison().isPresent()) {
            return sentence(change.comparison().get(), since);
        }
        String need = needs(change);
        if (change.baseline().isPresent()) {
            return Wording.text("tracker.progress.baseline-only", since, ChangeLabel.rounded(change.baseline().get().mean()), need);
        }
        return Wording.text("tracker.progress.no-baseline-since", since, ProgressRules.MIN_RATED_DAYS, need);
    }

    /** e.g. "A comparison needs 10 rated days (7 for the starting level, then 3 more): 4 to go." */
    static String needs(PainChange change) {
        return Wording.text("tracker.progress.needs", ProgressRules.RATED_DAYS_FOR_COMPARISON, ProgressRules.WINDOW_DAYS,
                ProgressRules.MIN_RATED_DAYS, change.ratedDaysNeeded());
    }

    static String sentence(PainComparison c, String since) {
        String meaning = Wording.text("tracker.progress.meaning." + c.label().name());
        String key = c.stale() ? "tracker.progress.compare.stale"
                : c.label() == ChangeLabel.WORSENED ? "tracker.progress.compare.worsened" : "tracker.progress.compare";
        return Wording.text(key, since, direction(c), ChangeLabel.rounded(c.baseline().mean()),
                ChangeLabel.rounded(c.current().mean()), meaning, c.current().to().toString());
    }

    /** e.g. "2.0 points lower than", "1.0 point higher than", "the same as". */
    public static String direction(PainComparison c) {
        double change = ChangeLabel.rounded(c.change());
        return change < 0 ? Wording.text("tracker.progress.direction.lower", -change)
                : change > 0 ? Wording.text("tracker.progress.direction.higher", change)
                : Wording.text("tracker.progress.direction.same");
    }

    /** e.g. "Wall press: pain 5.0 before, 3.5 after on average (1.5 points lower after, last 4 sessions)". */
    public static String painResponse(PainResponse r) {
        double change = ChangeLabel.rounded(r.meanChange());
        String direction = r.meanChange() < 0 ? Wording.text("tracker.progress.response.lower", -change)
                : r.meanChange() > 0 ? Wording.text("tracker.progress.response.higher", change)
                : Wording.text("tracker.progress.response.same");
        return Wording.text("tracker.progress.response", r.routineTitle(), ChangeLabel.rounded(r.meanBefore()),
                ChangeLabel.rounded(r.meanAfter()), direction, r.sessions());
    }

    /** Shown when no routine has enough sessions with pain before and after yet. */
    public static String painResponseNeeds() {
        return Wording.text("tracker.progress.response.needs", PainResponseService.MIN_SESSIONS);
    }

    /**
     * What the member reads while the checkpoint alert ({@code NO_IMPROVEMENT}) holds, seen by the
     * coach or not; empty otherwise.
     */
    public static Optional<String> checkpoint(ProgressSummary summary) {
        if (summary.alerts().stream().noneMatch(a -> a.kind() == AlertKind.NO_IMPROVEMENT)) {
            return Optional.empty();
        }
        PainComparison c = summary.pain().sinceProgram().flatMap(PainChange::comparison).orElseThrow();
        boolean ended = summary.program().map(ProgramStatus::finished).orElse(false)
                || summary.program().map(p -> p.lastDay() != null && p.day() >= p.lastDay()).orElse(false);
        double before = ChangeLabel.rounded(c.baseline().mean());
        double now = ChangeLabel.rounded(c.current().mean());
        return Optional.of(ended ? Wording.text("tracker.progress.checkpoint.ended", before, now)
                : Wording.text("tracker.progress.checkpoint.day", summary.program().orElseThrow().day(), before, now));
    }

    /** A mean as every page shows it: one decimal, with the reader's decimal mark ("4.5", "4,5"). */
    public static String one(double value) {
        return Wording.text("tracker.number.one-decimal", ChangeLabel.rounded(value));
    }
}
