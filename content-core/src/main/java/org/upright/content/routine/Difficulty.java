package org.upright.content.routine;

import org.upright.kernel.i18n.Wording;

/** How demanding a routine is. */
public enum Difficulty {
    BEGINNER, INTERMEDIATE, ADVANCED;

    /** The level in the reader's language ("Beginner", "Einsteiger"). */
    public String label() {
        return Wording.text("content.difficulty." + name());
    }
}
