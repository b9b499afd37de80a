package org.upright.content.shared;

import org.upright.kernel.i18n.Wording;

/** The three kinds of content; the names are what {@link ContentStatusChanged#kind()} carries. */
public enum ContentKind {
    ARTICLE, ROUTINE, PROGRAM;

    /** The kind's name in the reader's language ("Routine", "Übungsfolge"). */
    public String label() {
        return Wording.text("content.kind." + name());
    }
}
