package org.upright.portal.audit;

import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditTarget;
import org.springframework.stereotype.Component;
import org.upright.kernel.member.Member;
import org.upright.tracker.export.ExportAudit;

/** The tracker's downloads of member data, written to the audit log. */
@Component
class ExportAuditAdapter implements ExportAudit {

    private final AuditLog audit;

    ExportAuditAdapter(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void downloaded(Member member, String what) {
        audit.record(AuditAction.MEMBER_DATA_EXPORTED, AuditTarget.account(member.id(), member.username()), what);
    }
}
