package org.upright.content.shared;

import java.util.List;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.validation.FieldProblem;
import org.upright.kernel.validation.InvalidInputException;

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

    /** The slug to store: the one typed, or one derived from the title when left blank. */
    public static String slugOrDerived(String slug, String title) {
        return slug == null || slug.isBlank() ? fromTitle(title) : slug.strip();
    }

    /**
     * Service rules on the slug: one must exist (a title of only symbols gives none) and no
     * other item of the same kind may use it. {@code taken} asks the repository.
     */
    public static java.util.List<FieldProblem> slugProblems(String slug, java.util.function.Predicate<String> taken) {
        if (slug.isEmpty()) {
            return java.util.List.of(new FieldProblem("slug", Wording.text("content.validation.slug.none")));
        }
        if (isValid(slug) && taken.test(slug)) {
            return java.util.List.of(slugTaken(slug));
        }
        return java.util.List.of();
    }

    public static FieldProblem slugTaken(String slug) {
        return new FieldProblem("slug", Wording.text("content.validation.slug.taken", slug));
    }

    /** Two admins saving the same new slug at once: the unique index decides, reported like the check. */
    public static <T> T saveCheckingSlug(java.util.function.Supplier<T> save, String slug) {
        try {
            return save.get();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("_slug_uq")) {
                throw new InvalidInputException(java.util.List.of(slugTaken(slug)));
            }
            throw e;
        }
    }
}
