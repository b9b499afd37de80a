package org.upright.tracker.screening;

import org.upright.kernel.i18n.Wording;

/** What a "yes" means for the member, most urgent first (words: {@code tracker.screening.advice.<NAME>}). */
public enum Advice {
    EMERGENCY, CLINICIAN_BEFORE_EXERCISE, CLINICIAN_SOON;

    public String text() {
        return Wording.text("tracker.screening.advice." + name());
    }
}
