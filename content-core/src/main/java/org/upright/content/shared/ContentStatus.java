package org.upright.content.shared;

/** Life cycle of every kind of content. Only PUBLISHED content reaches members and coaches. */
public enum ContentStatus {
    DRAFT("Draft"), PUBLISHED("Published"), ARCHIVED("Archived");

    private final String label;

    ContentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
