package org.upright.tracker.pain;

/** Where it hurts: the same areas routines target. Stored by name. */
public enum BodyArea {
    NECK("Neck"), UPPER_BACK("Upper back"), MID_BACK("Mid back"), LOW_BACK("Low back"),
    SHOULDERS("Shoulders"), CHEST("Chest"), HIP_FLEXORS("Hip flexors"), CORE("Core");

    private final String label;

    BodyArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
