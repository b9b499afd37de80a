package org.upright.tracker.progress;

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
                ? "Your pain went up from " + before + " to " + after + " during this routine"
                : "Your pain is " + after + " out of 10 after this routine";
        return Optional.of(new SessionPainAdvice(headline, List.of(
                "Ease back: next time use the easier version of the steps (the timer will show them), "
                        + "or hold for less time and with less effort.",
                "Some discomfort while exercising is fine if it stays moderate and has settled by the next morning. "
                        + "If it has not, rest this routine for a day or two.",
                "Stop exercising and see a doctor or physiotherapist if the pain keeps getting worse, spreads down an "
                        + "arm or leg, or comes with numbness, weakness, chest pain or breathlessness.",
                "Your coach has been told and can adjust your program.")));
    }
}
