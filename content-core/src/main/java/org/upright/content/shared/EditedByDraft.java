package org.upright.content.shared;

import java.time.Instant;

/** An entity admins edit through drafts of type {@code D}; {@link ContentEditor} validates before it applies. */
public interface EditedByDraft<D> {

    /** Copies the (already validated) draft in, with the slug to store. */
    void apply(D draft, String slug, Instant now);
}
