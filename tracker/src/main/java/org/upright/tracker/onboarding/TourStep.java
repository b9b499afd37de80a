package org.upright.tracker.onboarding;

/** The first steps of a new member, in the order the tour suggests them. */
public enum TourStep {
    SAFETY_QUESTIONS,
    PROGRAM,
    CHECK_IN
}
