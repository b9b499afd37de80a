package org.upright.tracker.progress;

import org.upright.kernel.i18n.Wording;
import org.upright.tracker.session.CompletedSession;

/** A completed session with the title of its routine, for lists. */
public record SessionHistoryRow(CompletedSession session, String routineTitle) {

    /**
     * Time really held against the planned hold time, e.g. "0:40 of 3:00"; a dash for sessions timed
     * before the timer measured it.
     */
    public String heldOfPlanned() {
        Integer held = session.holdSecondsHeld();
        Integer planned = session.holdSecondsPlanned();
        if (held == null) {
            return "–";
        }
        return planned == null ? clock(held) : Wording.text("tracker.session.held-of-planned", clock(held), clock(planned));
    }

    private static String clock(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    /** Why the member stopped early, e.g. "Pain: my shoulder clicked"; empty when they did not stop or say. */
    public String stopped() {
        if (session.stopReason() == null) {
            return "";
        }
        return session.stopNote() == null ? session.stopReason().label()
                : Wording.text("tracker.session.stopped-because", session.stopReason().label(), session.stopNote());
    }

    /**
     * How many steps the member did in their easier version, e.g. "2 of 5 steps easier"; empty when
     * none (or the session is from before the timer offered the choice).
     */
    public String easier() {
        int easier = session.stepsEasier();
        return easier == 0 ? "" : Wording.text("tracker.session.steps-easier", easier, session.stepsTotal());
    }

    /** Pain after the session was {@value ProgressRules#SESSION_RISE_POINTS} or more points above before it. */
    public boolean painRose() {
        return ProgressRules.sessionPainRose(session.painBefore(), session.painAfter());
    }

    /** A bad pain response by {@link ProgressRules#badSessionResponse} (the coach is alerted). */
    public boolean badPainResponse() {
        return ProgressRules.badSessionResponse(session.painBefore(), session.painAfter());
    }
}
