package org.upright.portal.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.upright.kernel.validation.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's field messages next to the matching form fields. The fields keep what was
 * typed; a message for a field the form does not show goes into a notification instead.
 */
public final class FieldMessages {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldMessages bind(String name, HasValidation field) {
        // the server decides validity; the field must not clear the message on its own
        field.setManualValidation(true);
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(InvalidInputException problems) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        problems.fieldMessages().forEach((name, message) -> {
            HasValidation field = fields.get(name);
            if (field == null) {
                unplaced.append(unplaced.isEmpty() ? "" : " ").append(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        if (!unplaced.isEmpty()) {
            Notification.show(unplaced.toString(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
