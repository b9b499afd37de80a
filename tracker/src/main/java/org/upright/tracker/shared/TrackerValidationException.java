package org.upright.tracker.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input the tracker refuses. Carries one message per field (field name → message) so a form
 * can show each next to its field; nothing was stored when this is thrown.
 */
public class TrackerValidationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public TrackerValidationException(Map<String, String> fieldErrors) {
        super(summary(fieldErrors));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public TrackerValidationException(String field, String message) {
        this(Map.of(field, message));
    }

    /** Field name → message, in the order the checks ran. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public String messageFor(String field) {
        return fieldErrors.get(field);
    }

    private static String summary(Map<String, String> errors) {
        StringBuilder text = new StringBuilder();
        errors.forEach((field, message) -> text.append(text.isEmpty() ? "" : "; ").append(field).append(": ").append(message));
        return text.toString();
    }
}
