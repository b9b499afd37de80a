package org.upright.content.shared;

import org.upright.kernel.i18n.Wording;

/** Life cycle of every kind of content. Only PUBLISHED content reaches members and coaches. */
public enum ContentStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    /** The status in the reader's language ("Draft", "Entwurf"). */
    public String label() {
        return Wording.text("content.status." + name());
    }

    public boolean canPublish() {
        return this != PUBLISHED;
    }

    public boolean canUnpublish() {
        return this != DRAFT;
    }

    public boolean canArchive() {
        return this != ARCHIVED;
    }
}
