package org.upright.tracker.cohort;

/** The coach's client list filter: text over name and username; optionally only clients with open alerts. */
public record ClientFilter(String text, boolean needsAttention) {

    public static final ClientFilter ALL = new ClientFilter(null, false);

    public ClientFilter withText(String text) {
        return new ClientFilter(text, needsAttention);
    }

    public ClientFilter withNeedsAttention(boolean needsAttention) {
        return new ClientFilter(text, needsAttention);
    }
}
