package org.upright.tracker.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
            return "Rate your pain on at least " + ProgressRules.MIN_RATED_DAYS + " days to see your starting level. "
                    + needs(pain.sinceJoined());
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(sentence(pain.sinceJoined(), "you joined"));
        pain.sinceProgram().ifPresent(p -> sentences.add(sentence(p, "your program started")));
        return String.join(" ", sentences);
    }

    static String sentence(PainChange change, String since) {
        if (change.comparison().isPresent()) {
            return sentence(change.comparison().get(), since);
        }
        String need = needs(change);
        if (change.baseline().isPresent()) {
            return "Since " + since + ": your starting level is " + one(change.baseline().get().mean())
                    + " out of 10. " + need;
        }
        return "Since " + since + ": rate your pain on at least " + ProgressRules.MIN_RATED_DAYS
                + " days to see your starting level. " + need;
    }

    /** e.g. "A comparison needs 10 rated days (7 for the starting level, then 3 more): 4 to go." */
    static String needs(PainChange change) {
        return "A comparison needs " + ProgressRules.RATED_DAYS_FOR_COMPARISON + " rated days ("
                + ProgressRules.WINDOW_DAYS + " for the starting level, then " + ProgressRules.MIN_RATED_DAYS
                + " more): " + change.ratedDaysNeeded() + " to go.";
    }

    static String sentence(PainComparison c, String since) {
        String direction = direction(c);
        String meaning = switch (c.label()) {
            case IMPROVED, WORSENED -> " — a change that matters.";
            case NO_CLEAR_CHANGE -> " — not yet a clear change.";
        };
        String figures = " (" + one(c.baseline().mean()) + " → " + one(c.current().mean()) + ")";
        if (c.stale()) {
            return "Since " + since + ": when you last rated your pain, on " + c.current().to() + ", it was "
                    + direction + " at the start" + figures + meaning
                    + " Rate it again to see where you are now.";
        }
        String advice = c.label() == ChangeLabel.WORSENED ? " Consider talking to your coach." : "";
        return "Since " + since + ": your pain is " + direction + " at the start" + figures + meaning + advice;
    }

    /** e.g. "2.0 points lower than", "1 point higher than", "the same as". */
    public static String direction(PainComparison c) {
        double change = c.change();
        String amount = one(Math.abs(change)) + (Math.abs(change) == 1.0 ? " point" : " points");
        return change < 0 ? amount + " lower than" : change > 0 ? amount + " higher than" : "the same as";
    }

    /** e.g. "Wall press: pain 5.0 before, 3.5 after on average (1.5 points lower after, last 4 sessions)". */
    public static String painResponse(PainResponse r) {
        String direction = r.meanChange() < 0 ? one(-r.meanChange()) + " points lower after"
                : r.meanChange() > 0 ? one(r.meanChange()) + " points higher after" : "no change";
        return r.routineTitle() + ": pain " + one(r.meanBefore()) + " before, " + one(r.meanAfter())
                + " after on average (" + direction + ", last " + r.sessions() + (r.sessions() == 1 ? " session)" : " sessions)");
    }

    /** Shown when no routine has enough sessions with pain before and after yet. */
    public static String painResponseNeeds() {
        return "After " + PainResponseService.MIN_SESSIONS + " sessions of a routine with your pain rated before and "
                + "after, you will see here how it tends to change.";
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
        return Optional.of((ended ? "Your program has come to its end" : "You are " + summary.program().orElseThrow().day()
                + " days into your program") + ", and your pain has not clearly improved since it started ("
                + one(c.baseline().mean()) + " → " + one(c.current().mean()) + "). "
                + "Please see a doctor or physiotherapist about your back: they can check what is going on and suggest "
                + "a plan that suits you. Your coach has been told.");
    }

    public static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", ChangeLabel.rounded(value));
    }
}
