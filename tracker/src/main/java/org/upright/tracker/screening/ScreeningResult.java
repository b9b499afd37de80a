package org.upright.tracker.screening;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One stored screening: every answer with the time it was given, and if a "yes" was cleared,
 * when and how (by the coach, or the member confirming they saw a clinician).
 */
public record ScreeningResult(long id, long memberId, Instant answeredAt, Map<ScreeningQuestion, Boolean> answers,
                              Instant clearedAt, ClearedHow clearedHow) {

    public enum ClearedHow { COACH, MEMBER_SAW_CLINICIAN }

    public ScreeningResult {
        answers = Map.copyOf(answers);
    }

    public Set<ScreeningQuestion> yes() {
        Set<ScreeningQuestion> yes = EnumSet.noneOf(ScreeningQuestion.class);
        answers.forEach((q, a) -> {
            if (a) {
                yes.add(q);
            }
        });
        return yes;
    }

    public boolean anyYes() {
        return answers.containsValue(true);
    }

    public boolean cleared() {
        return clearedAt != null;
    }

    /** The advice for the "yes" answers, most urgent first, each once. */
    public List<Advice> advice() {
        return yes().stream().map(ScreeningQuestion::advice).distinct().sorted().toList();
    }
}
