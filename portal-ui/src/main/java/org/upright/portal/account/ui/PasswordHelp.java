package org.upright.portal.account.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import org.upright.accounts.PasswordPolicy;

/** The password rules in words, under every field where someone chooses a password. */
final class PasswordHelp {

    private PasswordHelp() {
    }

    /** A field for a new password, labelled {@code label} (already in the UI's language), with the rules under it. */
    static PasswordField newPasswordField(String label) {
        PasswordField field = new PasswordField(label);
        field.setHelperText(field.getTranslation("account.password.rules", PasswordPolicy.MIN_LENGTH));
        field.setMaxLength(PasswordPolicy.MAX_LENGTH);
        field.setWidthFull();
        field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        return field;
    }
}
