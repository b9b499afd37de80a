package org.upright.portal.progress;

import org.springframework.stereotype.Service;
import org.upright.tracker.export.ClinicianReport;
import org.upright.tracker.export.ClinicianReportRequest;
import org.upright.tracker.export.MemberDataCsv;
import org.upright.tracker.shared.MemberCalendar;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Downloads of a member's data (CSV) and clinician report (PDF), for whoever may read them. */
@Service
public class MemberExportService {

    private final MemberDataAccess access;
    private final MemberDataCsv csv;
    private final ClinicianReport report;
    private final MemberCalendar calendar;

    MemberExportService(MemberDataAccess access, MemberDataCsv csv, ClinicianReport report, MemberCalendar calendar) {
        this.access = access;
        this.csv = csv;
        this.report = report;
        this.calendar = calendar;
    }

    /** All ratings and sessions of the member as UTF-8 CSV. */
    public void writeCsv(long memberId, OutputStream out) throws IOException {
        access.checkCanRead(memberId);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write(memberId, writer);
        writer.flush();
    }

    /** The clinician report over the last {@value ClinicianReportRequest#DEFAULT_DAYS} days. */
    public void writeReport(long memberId, OutputStream out) {
        MemberDataAccess.ReadableMember member = access.requireReadable(memberId);
        report.write(new ClinicianReportRequest(memberId, member.displayName(), ClinicianReportRequest.DEFAULT_DAYS), out);
    }

    /** e.g. upright-member-2026-03-15.csv */
    public String fileName(long memberId, String extension) {
        MemberDataAccess.ReadableMember member = access.requireReadable(memberId);
        String safe = member.username().replaceAll("[^A-Za-z0-9._-]", "_");
        return "upright-" + safe + "-" + calendar.today(memberId) + "." + extension;
    }
}
