package org.upright.kernel.member;

/**
 * Published when a member signs in (the application's security wiring publishes it), so modules
 * that count a member's silence (the tracker's reminders) start again.
 */
public record MemberCameBack(long accountId) {
}
