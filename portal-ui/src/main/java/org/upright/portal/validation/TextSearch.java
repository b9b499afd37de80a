package org.upright.portal.validation;

import java.util.Locale;

/** Turns what someone typed into a search box into a safe SQL LIKE pattern. */
public final class TextSearch {

    /** The escape character the patterns use; pass it to LIKE ... ESCAPE. */
    public static final char ESCAPE = '\\';

    private TextSearch() {
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
