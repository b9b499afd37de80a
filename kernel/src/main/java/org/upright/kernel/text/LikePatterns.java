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
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
