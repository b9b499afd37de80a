package org.upright.content.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Content that may not be saved or published as it is; each problem names its field. */
public class InvalidContentException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidContentException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidContentException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The message for one field, if that field has a problem. */
    public java.util.Optional<String> messageFor(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(FieldProblem::message).findFirst();
    }
}
