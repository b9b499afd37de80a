package org.upright.kernel.validation;

import org.upright.kernel.i18n.Wording;
import org.upright.kernel.text.PlainText;

import java.util.ArrayList;
import java.util.List;

/** Collects field problems so a form learns about all of them at once, then throws if any. */
public final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Records {@code message} for {@code field} unless {@code ok}; the first problem per field wins. */
    public FieldChecks require(boolean ok, String field, String message) {
        if (!ok && !hasError(field)) {
            problems.add(new FieldProblem(field, message));
        }
        return this;
    }

    public boolean hasError(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /** A 0–10 score of the Numeric Rating Scale. */
    public FieldChecks score(Integer score, String field, boolean required) {
        if (score == null) {
            return require(!required, field, Wording.text("validation.score.required"));
        }
        return require(score >= 0 && score <= 10, field, Wording.text("validation.score.range"));
    }

    public FieldChecks note(String note, String field, int maxLength) {
        plainText(note, field);
        return require(note == null || note.length() <= maxLength, field,
                Wording.text("validation.note.length", maxLength, note == null ? 0 : note.length()));
    }

    /** Refuses NUL and other control characters (line breaks and tabs are fine), see {@link PlainText}. */
    public FieldChecks plainText(String text, String field) {
        return require(PlainText.isClean(text), field, PlainText.message());
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
