package org.upright.tracker.screening;

/** What a "yes" means for the member, most urgent first. */
public enum Advice {
    EMERGENCY("Call emergency services now. Do not exercise, and do not wait to see if it passes."),
    CLINICIAN_BEFORE_EXERCISE("See a doctor or physiotherapist before you start any routine, ideally in the next day or two."),
    CLINICIAN_SOON("Book a visit with your doctor or physiotherapist soon, and tell them what you answered here.");

    private final String text;

    Advice(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
