package org.upright.content.article;

import org.upright.kernel.i18n.Wording;

/** The shelves of the member library. */
public enum ArticleCategory {
    UNDERSTANDING_PAIN, EXERCISE_TECHNIQUE, DAILY_HABITS, SAFETY;

    /** The shelf's name in the reader's language ("Daily habits", "Alltagsgewohnheiten"). */
    public String label() {
        return Wording.text("content.category." + name());
    }
}
