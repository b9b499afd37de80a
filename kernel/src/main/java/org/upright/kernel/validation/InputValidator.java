package org.upright.kernel.validation;

import org.upright.kernel.text.PlainText;

import java.lang.reflect.RecordComponent;
import java.util.Collection;

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
        // every text of every validated record goes through the one control-character rule
        if (input != null && input.getClass().isRecord()) {
            for (RecordComponent component : input.getClass().getRecordComponents()) {
                if (!isClean(value(component, input))) {
                    FieldProblem problem = new FieldProblem(component.getName(), PlainText.message());
                    if (!problems.contains(problem)) {
                        problems.add(problem);
                    }
                }
            }
        }
        problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        return problems;
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isClean(Object value) {
        return switch (value) {
            case String text -> PlainText.isClean(text);
            case Collection<?> items -> items.stream().allMatch(InputValidator::isClean);
            case null, default -> true;
        };
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
