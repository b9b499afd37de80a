package org.upright.tracker.onboarding;

/** The first steps of a new member, in the order the tour suggests them. */
public enum TourStep {
    SAFETY_QUESTIONS,
    PROGRAM,
    /** Only where the portal sends mail: reminders go by e-mail. */
    REMINDER,
    CHECK_IN
}
