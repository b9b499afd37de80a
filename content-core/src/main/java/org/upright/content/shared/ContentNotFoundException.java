package org.upright.content.shared;

import org.upright.kernel.i18n.Wording;

/** No content of this kind with this id (or it is not visible to the caller). */
public class ContentNotFoundException extends RuntimeException {

    public ContentNotFoundException(ContentKind kind, Object key) {
        super(Wording.text("content.not-found." + kind.name(), String.valueOf(key)));
    }
}
