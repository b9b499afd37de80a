/**
 * The first-run tour of a new member: which of the first steps (safety questions, a program,
 * a reminder, the first check-in) are done, and whether the tour was skipped or seen finished.
 * Owns the {@code first_run_tour} table.
 */
package org.upright.tracker.onboarding;
