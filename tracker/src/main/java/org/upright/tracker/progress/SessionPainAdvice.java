package org.upright.tracker.progress;

import org.upright.kernel.i18n.Wording;

import java.util.List;
import java.util.Optional;

/**
 * What the member reads right after a session whose pain response was bad
 * ({@link ProgressRules#badSessionResponse}): what happened, and what to do about it. Only the
 * timer's server side makes it, from the stored session, so the browser never decides it.
 */
public record SessionPainAdvice(String headline, List<String> points) {

    public SessionPainAdvice {
        points = List.copyOf(points);
    }

    /** The advice for a session with this pain before and after, or empty when the response was acceptable. */
    public static Optional<SessionPainAdvice> of(Integer before, Integer after) {
        if (!ProgressRules.badSessionResponse(before, after)) {
            return Optional.empty();
        }
        String headline = ProgressRules.sessionPainRose(before, after)
                ? Wording.text("tracker.session-advice.rose", before, after)
                : Wording.text("tracker.session-advice.high", after);
        return Optional.of(new SessionPainAdvice(headline, List.of(
                Wording.text("tracker.session-advice.ease-back"),
                Wording.text("tracker.session-advice.discomfort"),
                Wording.text("tracker.session-advice.stop"),
                Wording.text("tracker.session-advice.coach-told"))));
    }
}
