package org.upright.content.routine;

import org.upright.kernel.i18n.Wording;

/** What a member needs at hand for a routine. */
public enum Equipment {
    NONE, WALL, MAT, CHAIR;

    /** What to have at hand, in the reader's language ("A wall", "Eine Wand"). */
    public String label() {
        return Wording.text("content.equipment." + name());
    }
}
