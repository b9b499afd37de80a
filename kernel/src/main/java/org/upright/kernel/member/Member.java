package org.upright.kernel.member;

import java.time.ZoneId;

/** A member account as other modules may know it: who, where in time, and their coach (null if none). */
public record Member(long id, String username, String displayName, ZoneId timeZone, Long coachId, boolean enabled) {
}
