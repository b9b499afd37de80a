package org.upright.content.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a draft record's Jakarta constraints plus rules only a service can know (a taken slug),
 * and reports them all at once as an {@link InvalidContentException} naming each field.
 */
@Component
public class DraftValidator {

    private final Validator validator;

    DraftValidator(Validator validator) {
        this.validator = validator;
    }

    /** The problems of {@code draft}, sorted by field; {@code extra} are appended (service rules). */
    public List<FieldProblem> problems(Object draft) {
        Set<ConstraintViolation<Object>> violations = validator.validate(draft);
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> v : violations) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        return problems;
    }

    public void requireValid(Object draft, List<FieldProblem> extra) {
        List<FieldProblem> problems = new ArrayList<>(problems(draft));
        problems.addAll(extra);
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
    }

    /** The slug to store: the one typed, or one derived from the title when left blank. */
    public static String slugOrDerived(String slug, String title) {
        return slug == null || slug.isBlank() ? Slugs.fromTitle(title) : slug.strip();
    }

    /**
     * Service rules on the slug: one must exist (a title of only symbols gives none) and no
     * other item of the same kind may use it. {@code taken} asks the repository.
     */
    public static List<FieldProblem> slugProblems(String slug, java.util.function.Predicate<String> taken) {
        if (slug.isEmpty()) {
            return List.of(new FieldProblem("slug", "Slug is required: the title has no letters or digits to make one from"));
        }
        if (Slugs.isValid(slug) && taken.test(slug)) {
            return List.of(slugTaken(slug));
        }
        return List.of();
    }

    public static FieldProblem slugTaken(String slug) {
        return new FieldProblem("slug", "Slug '" + slug + "' is already used; choose another");
    }

    /** Two admins saving the same new slug at once: the unique index decides, reported like the check. */
    public static <T> T saveCheckingSlug(java.util.function.Supplier<T> save, String slug) {
        try {
            return save.get();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("_slug_uq")) {
                throw new InvalidContentException(List.of(slugTaken(slug)));
            }
            throw e;
        }
    }
}
