package org.upright.kernel.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Input a service refused, with one message per field, so a form can show each message next
 * to its field. Nothing was changed when this is thrown. The one validation exception of every
 * module: field names are the record's property paths ("title", "steps[2].holdSeconds", "score").
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    /** Every problem, in the order found. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** Field → message (the first message per field), in the order found. */
    public Map<String, String> fieldMessages() {
        Map<String, String> messages = new LinkedHashMap<>();
        problems.forEach(p -> messages.putIfAbsent(p.field(), p.message()));
        return messages;
    }

    /** The message for one field, if that field has a problem. */
    public Optional<String> messageFor(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(FieldProblem::message).findFirst();
    }
}
