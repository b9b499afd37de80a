package org.upright.tracker.session;

import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;

/** Why a member stopped a routine before its end, as the timer asks it (words: {@code tracker.stop-reason.<NAME>}). */
public enum StopReason {
    PAIN, TIRED, NO_TIME, OTHER;

    /** The words the member tapped, and the coach reads, in the reader's language. */
    public String label() {
        return label(Wording.currentLanguage());
    }

    public String label(Language language) {
        return Wording.text(language, "tracker.stop-reason." + name());
    }
}
