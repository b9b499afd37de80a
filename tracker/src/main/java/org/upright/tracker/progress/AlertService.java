package org.upright.tracker.progress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.tracker.alert.Alert;

import java.util.List;

/** The alerts about one member as of their today, in triage order (the rules are in {@code ProgressRules}). */
@Service
@Transactional(readOnly = true)
public class AlertService {

    private final ProgressEvaluator evaluator;

    AlertService(ProgressEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Every current alert, seen or not. */
    public List<Alert> alerts(long memberId) {
        return evaluator.summary(memberId).alerts();
    }
}
