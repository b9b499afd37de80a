package org.upright.kernel.text;

import java.util.Locale;

/** Turns what someone typed into a search box into a safe SQL LIKE pattern. */
public final class LikePatterns {

    /** The escape character the patterns use; pass it to LIKE ... ESCAPE. */
    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** "%text%" in lower case, with the user's own % and _ taken literally; null for blank text. */
    public static String containing(String text) {
        // control characters (NUL above all, which PostgreSQL refuses) are dropped, never sent on
        String clean = PlainText.cleaned(text);
        if (clean == null || clean.isBlank()) {
            return null;
        }
        String escaped = clean.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
