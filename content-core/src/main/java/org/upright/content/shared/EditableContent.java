package org.upright.content.shared;

/** What every editor needs from the item it edits, whatever its kind. */
public interface EditableContent {

    long id();

    /** The optimistic-lock version to send back with the next save or status change. */
    long lockVersion();

    String slug();

    String title();

    String author();

    ContentStatus status();

    java.time.Instant publishedAt();

    /** The language the item is written in. */
    org.upright.kernel.i18n.Language language();

    /** The English item of the same kind this one translates, or null. */
    Long translationOf();
}
