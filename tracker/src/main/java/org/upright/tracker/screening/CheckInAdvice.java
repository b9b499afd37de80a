package org.upright.tracker.screening;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.member.MemberAccess;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.progress.AlertService;

import java.time.LocalDate;

/**
 * Whether the signed-in member's check-in should show safety advice and the red-flag list right
 * away: a rating of {@value #HIGH_CHECK_IN} or more, or the day's rating being a pain spike by the
 * tracker's own rule ({@code ProgressRules.spike}: 3 points or more above the 7-day average),
 * read from the member's alerts so the rule lives in one place.
 */
@Service
@Transactional(readOnly = true)
public class CheckInAdvice {

    public static final int HIGH_CHECK_IN = 8;

    private final AlertService alerts;
    private final MemberAccess access;

    CheckInAdvice(AlertService alerts, MemberAccess access) {
        this.alerts = alerts;
        this.access = access;
    }

    public boolean needsAdvice(LocalDate day, int score) {
        if (score >= HIGH_CHECK_IN) {
            return true;
        }
        long me = access.requireCurrentMember().id();
        return alerts.alerts(me).stream()
                .anyMatch(a -> a.kind() == AlertKind.PAIN_SPIKE && a.to().equals(day));
    }
}
