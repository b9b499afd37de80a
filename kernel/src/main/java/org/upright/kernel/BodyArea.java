package org.upright.kernel;

import org.upright.kernel.i18n.Wording;

/** Where in the body a routine works. */
public enum BodyArea {
    NECK, UPPER_BACK, MID_BACK, LOW_BACK, SHOULDERS, CHEST, HIP_FLEXORS, CORE;

    /** The area's name in the reader's language ("Low back", "Unterer Rücken"). */
    public String label() {
        return Wording.text("body-area." + name());
    }
}
