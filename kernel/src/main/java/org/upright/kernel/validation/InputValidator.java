package org.upright.kernel.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a record's Jakarta constraints plus rules only a service can know (a taken slug, a
 * day outside the editable window) and reports them all at once as an
 * {@link InvalidInputException} naming each field.
 */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** The constraint problems of {@code input}, sorted by field then message. */
    public List<FieldProblem> problems(Object input) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(input)) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        return problems;
    }

    /** Throws unless {@code input} is valid and {@code extra} (the caller's own findings) is empty. */
    public void requireValid(Object input, List<FieldProblem> extra) {
        List<FieldProblem> problems = new ArrayList<>(problems(input));
        problems.addAll(extra);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public void requireValid(Object input) {
        requireValid(input, List.of());
    }
}
