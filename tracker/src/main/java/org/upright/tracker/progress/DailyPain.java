package org.upright.tracker.progress;

import java.time.LocalDate;

/**
 * One calendar day of a member's series. {@code score} is null on a day without a rating (a gap
 * stays a gap); {@code rollingAverage} is the mean of the ratings in the 7 days ending on this
 * day, null when fewer than {@value PainTrendService#MIN_RATED_DAYS} of them are rated.
 */
public record DailyPain(LocalDate day, Integer score, Double rollingAverage, int sessions) {
}
