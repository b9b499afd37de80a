package org.upright.kernel;

/** Where in the body a routine works. */
public enum BodyArea {
    NECK("Neck"), UPPER_BACK("Upper back"), MID_BACK("Mid-back"), LOW_BACK("Low back"), SHOULDERS("Shoulders"),
    CHEST("Chest"), HIP_FLEXORS("Hip flexors"), CORE("Core");

    private final String label;

    BodyArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
