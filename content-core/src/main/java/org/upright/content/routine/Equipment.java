package org.upright.content.routine;

/** What a member needs at hand for a routine. */
public enum Equipment {
    NONE("No equipment"), WALL("A wall"), MAT("A mat"), CHAIR("A chair");

    private final String label;

    Equipment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
