package org.upright.tracker.export;

/** Whose report, under which name (the tracker knows members only by id), over how many days. */
public record ClinicianReportRequest(long memberId, String memberName, int days) {

    public static final int DEFAULT_DAYS = 90;

    public ClinicianReportRequest {
        if (days < 7 || days > 366) {
            throw new IllegalArgumentException("A report covers 7 to 366 days");
        }
    }
}
