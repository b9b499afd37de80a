package org.upright.tracker.shared;

/**
 * Published inside the transaction of every write that can change what a member's progress
 * shows (a rating, a session, an enrollment, a screening, a coach's "seen"), so the coach's
 * client list ({@code cohort}) is brought up to date in that same transaction.
 */
public record ProgressChanged(long memberId) {
}
