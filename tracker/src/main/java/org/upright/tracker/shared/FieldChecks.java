package org.upright.tracker.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field errors so a form learns about all of them at once, then throws if any. */
public final class FieldChecks {

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Records {@code message} for {@code field} when {@code broken}; the first error per field wins. */
    public FieldChecks require(boolean ok, String field, String message) {
        if (!ok) {
            errors.putIfAbsent(field, message);
        }
        return this;
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public FieldChecks score(Integer score, String field, boolean required) {
        if (score == null) {
            return require(!required, field, "Choose a score from 0 to 10");
        }
        return require(score >= 0 && score <= 10, field, "The score must be between 0 and 10");
    }

    public FieldChecks note(String note, String field, int maxLength) {
        return require(note == null || note.length() <= maxLength, field,
                "The note can be at most " + maxLength + " characters (it has " + (note == null ? 0 : note.length()) + ")");
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new TrackerValidationException(errors);
        }
    }
}
