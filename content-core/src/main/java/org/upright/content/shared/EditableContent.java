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
}
