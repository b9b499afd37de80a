package org.upright.tracker.progress;

import org.upright.tracker.session.CompletedSession;

/** A completed session with the title of its routine, for lists. */
public record SessionHistoryRow(CompletedSession session, String routineTitle) {

    /** Pain after the session was {@value ProgressRules#SESSION_RISE_POINTS} or more points above before it (the coach is alerted). */
    public boolean painRose() {
        return session.painBefore() != null && session.painAfter() != null
                && session.painAfter() - session.painBefore() >= ProgressRules.SESSION_RISE_POINTS;
    }
}
