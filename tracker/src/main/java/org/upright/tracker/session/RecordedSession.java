package org.upright.tracker.session;

/** The answer to a submission: the stored session, and whether this call stored it (false for a repeat). */
public record RecordedSession(long sessionId, boolean newlyRecorded, CompletedSession session) {
}
