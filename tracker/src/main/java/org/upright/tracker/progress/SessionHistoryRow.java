package org.upright.tracker.progress;

import org.upright.tracker.session.CompletedSession;

/** A completed session with the title of its routine, for lists. */
public record SessionHistoryRow(CompletedSession session, String routineTitle) {
}
