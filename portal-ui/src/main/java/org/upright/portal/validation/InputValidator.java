package org.upright.portal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks a record's Jakarta constraints and turns violations into field messages. */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@link InvalidInputException} naming every invalid field, plus {@code extra} problems found by the caller. */
    public void check(Object input, Map<String, String> extra) {
        Map<String, String> problems = new LinkedHashMap<>();
        validator.validate(input).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> problems.putIfAbsent(leaf(v.getPropertyPath()), v.getMessage()));
        extra.forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public void check(Object input) {
        check(input, Map.of());
    }

    private static String leaf(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }
}
