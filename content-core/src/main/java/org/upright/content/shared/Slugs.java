package org.upright.content.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe identifiers ("slugs") derived from titles: lower-case ASCII words joined by hyphens. */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    public static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** "Wall Press – Größe 2!" becomes "wall-press-grosse-2"; returns "" when nothing usable is left. */
    public static String fromTitle(String title) {
        if (title == null) {
            return "";
        }
        String ascii = Normalizer.normalize(title.replace("ß", "ss").replace("æ", "ae").replace("ø", "o"),
                Normalizer.Form.NFD);
        ascii = MARKS.matcher(ascii).replaceAll("").toLowerCase(Locale.ROOT);
        String slug = NON_ALNUM.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }
}
