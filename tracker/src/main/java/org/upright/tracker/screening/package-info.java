/**
 * The safety screening before exercise: red-flag and heart/aorta questions, the advice for a
 * "yes", the pause on routines until it is cleared, and asking again after 90 days, a new
 * program or a new symptom. Owns the {@code screening} and {@code screening_reask} tables.
 */
package org.upright.tracker.screening;
