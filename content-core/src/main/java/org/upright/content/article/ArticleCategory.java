package org.upright.content.article;

/** The shelves of the member library. */
public enum ArticleCategory {
    UNDERSTANDING_PAIN("Understanding pain"),
    EXERCISE_TECHNIQUE("Exercise technique"),
    DAILY_HABITS("Daily habits"),
    SAFETY("Safety");

    private final String label;

    ArticleCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
