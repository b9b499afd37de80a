package org.upright.kernel.text;

import org.upright.kernel.i18n.Wording;

/**
 * The one rule for what text may be stored or searched for: no NUL and no other control
 * characters (PostgreSQL refuses NUL in text; the others are invisible and break exports),
 * except line breaks and tabs, which long texts such as notes and articles use.
 */
public final class PlainText {

    /** What a field refusing such text says, in the reader's language. */
    public static String message() {
        return Wording.text("validation.plain-text");
    }

    private PlainText() {
    }

    /** True when the text has no character the rule refuses; null counts as clean. */
    public static boolean isClean(String text) {
        return text == null || text.codePoints().noneMatch(PlainText::refused);
    }

    /** The text without the refused characters, for search boxes: a search never fails on them. */
    public static String cleaned(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !refused(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean refused(int c) {
        return c != '\n' && c != '\r' && c != '\t' && (Character.getType(c) == Character.CONTROL);
    }
}
