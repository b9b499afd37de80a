package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.flow.component.textfield.PasswordField;
import org.upright.accounts.PasswordPolicy;

/** The password rules in words, under every field where someone chooses a password. */
final class PasswordHelp {

    static final String RULES = "At least " + PasswordPolicy.MIN_LENGTH
            + " characters, not containing the username, not a common password. A few unrelated words work well.";

    private PasswordHelp() {
    }

    static PasswordField newPasswordField(String label) {
        PasswordField field = new PasswordField(label);
        field.setHelperText(RULES);
        field.setMaxLength(PasswordPolicy.MAX_LENGTH);
        field.setWidthFull();
        field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        return field;
    }
}
