package org.upright.kernel.validation;

/**
 * One invalid input: {@code field} is the property path of the draft record ("title",
 * "steps[2].holdSeconds", "schedule"), so a form can show the message next to that field.
 */
public record FieldProblem(String field, String message) {
}
