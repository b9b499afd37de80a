package org.upright.tracker.export;

import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.tracker.shared.MemberCalendar;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Downloads of a member's data (CSV) and clinician report (PDF), for whoever may read them.
 * Each download is audited (who downloaded whose data), in the download's transaction.
 */
@Service
public class MemberExportService {

    private final MemberAccess access;
    private final MemberDataCsv csv;
    private final ClinicianReport report;
    private final MemberCalendar calendar;
    private final ExportAudit audit;

    MemberExportService(MemberAccess access, MemberDataCsv csv, ClinicianReport report, MemberCalendar calendar,
                        ExportAudit audit) {
        this.access = access;
        this.csv = csv;
        this.report = report;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** All ratings and sessions of the member as UTF-8 CSV. */
    @Transactional
    public void writeCsv(long memberId, OutputStream out) throws IOException {
        audited(access.requireReadable(memberId), "CSV of all ratings and sessions");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write(memberId, writer);
        writer.flush();
    }

    /** The clinician report over the last {@value ClinicianReportRequest#DEFAULT_DAYS} days. */
    @Transactional
    public void writeReport(long memberId, OutputStream out) {
        Member member = access.requireReadable(memberId);
        audited(member, "clinician report PDF, last " + ClinicianReportRequest.DEFAULT_DAYS + " days");
        report.write(new ClinicianReportRequest(memberId, member.displayName(), ClinicianReportRequest.DEFAULT_DAYS), out);
    }

    /** e.g. upright-member-2026-03-15.csv */
    public String fileName(long memberId, String extension) {
        Member member = access.requireReadable(memberId);
        String safe = member.username().replaceAll("[^A-Za-z0-9._-]", "_");
        return "upright-" + safe + "-" + calendar.today(memberId) + "." + extension;
    }

    private void audited(Member member, String what) {
        audit.downloaded(member, what);
    }
}
