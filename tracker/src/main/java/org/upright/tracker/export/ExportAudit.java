package org.upright.tracker.export;

import org.upright.kernel.member.Member;

/**
 * Port to the application's audit log: every download of a member's data is recorded (who
 * downloaded whose data, and what), in the download's transaction. The application implements it.
 */
public interface ExportAudit {

    /** Records that the signed-in account downloaded {@code what} of {@code member}'s data. */
    void downloaded(Member member, String what);
}
