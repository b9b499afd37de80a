package org.upright.tracker.progress;

/**
 * Adherence to the current program over the last 7 and 28 days. {@code programId} and
 * {@code programTitle} are null when the member is not enrolled (then nothing is planned).
 */
public record AdherenceSummary(Long programId, String programTitle, Adherence last7Days, Adherence last28Days) {

    public boolean enrolled() {
        return programId != null;
    }
}
