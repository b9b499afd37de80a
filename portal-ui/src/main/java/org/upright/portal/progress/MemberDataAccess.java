package org.upright.portal.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.upright.portal.account.AccountProfile;
import org.upright.portal.account.AccountService;
import org.upright.portal.account.Role;

/**
 * Who may read a member's tracker data: the member themself, the coach assigned to them, and
 * admins. Every portal service that hands out tracker data for a member id asks here first.
 */
@Component
public class MemberDataAccess {

    /** The member a reader may see: id, name for headings and file names, username. */
    public record ReadableMember(long id, String username, String displayName) {
    }

    private record Row(long id, String username, String displayName, String role, Long coachId) {
    }

    private final AccountService accounts;
    private final JdbcClient jdbc;

    MemberDataAccess(AccountService accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** Throws {@link AccessDeniedException} unless the signed-in account may read this member's data. */
    public void checkCanRead(long memberId) {
        requireReadable(memberId);
    }

    /** Like {@link #checkCanRead(long)}, and returns who the member is. */
    public ReadableMember requireReadable(long memberId) {
        AccountProfile me = accounts.currentProfile().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        Row member = jdbc.sql("select id, username, display_name, role, coach_id from account where id = ?")
                .param(memberId)
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("role"), rs.getObject("coach_id", Long.class)))
                .optional()
                .filter(r -> Role.MEMBER.name().equals(r.role()))
                .orElseThrow(() -> new AccessDeniedException("No such member"));
        boolean allowed = switch (me.role()) {
            case MEMBER -> me.id() == memberId;
            case COACH -> member.coachId() != null && member.coachId() == me.id();
            case ADMIN -> true;
        };
        if (!allowed) {
            throw new AccessDeniedException("You may not see this member's data");
        }
        return new ReadableMember(member.id(), member.username(), member.displayName());
    }

    /** The signed-in member (members only). */
    public AccountProfile requireCurrentMember() {
        AccountProfile me = accounts.currentProfile().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (me.role() != Role.MEMBER) {
            throw new AccessDeniedException("Only members keep a pain diary");
        }
        return me;
    }
}
