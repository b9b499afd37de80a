package org.upright.content.shared;

/** No content of this kind with this id (or it is not visible to the caller). */
public class ContentNotFoundException extends RuntimeException {

    public ContentNotFoundException(ContentKind kind, Object key) {
        super("No " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + key);
    }
}
