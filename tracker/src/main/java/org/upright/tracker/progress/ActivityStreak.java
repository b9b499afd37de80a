package org.upright.tracker.progress;

import java.time.LocalDate;

/**
 * Runs of active days (a rating or a session). The current streak still counts when its last
 * day is yesterday: today is not over yet. {@code lastActiveDay} is null for a member with no activity.
 */
public record ActivityStreak(int current, int longest, LocalDate lastActiveDay) {
}
