package org.upright.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import org.upright.accounts.EmailAddressService;
import org.upright.accounts.EmailStatus;
import org.upright.kernel.validation.EmailAddress;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.FieldMessages;

/** The profile's e-mail address: a new one is mailed a link and replaces the old one once opened. */
class EmailCard extends Div {

    private final EmailAddressService emails;
    private final Paragraph state = new Paragraph();

    EmailCard(EmailAddressService emails) {
        this.emails = emails;
        addClassName("card");
        setId("profile-email");
        EmailStatus status = emails.status();
        state.setId("email-state");
        show(status);
        EmailField address = new EmailField(getTranslation("account.email.new"));
        address.setWidthFull();
        address.setMaxLength(EmailAddress.MAX);
        address.setId("new-email");
        FieldMessages messages = new FieldMessages().bind("email", address);
        Button change = new Button(getTranslation("account.email.send"), e -> {
            try {
                show(emails.requestChange(address.getValue()));
                messages.clear();
                address.clear();
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        change.setId("change-email");
        add(new H3(getTranslation("account.email.title")), state);
        if (status.mailAvailable()) {
            add(address, change);
        } else {
            Paragraph none = new Paragraph(getTranslation("account.email.no-mail"));
            none.setId("email-no-mail");
            add(none);
        }
    }

    private void show(EmailStatus status) {
        String current = status.current() == null ? getTranslation("account.email.none")
                : getTranslation("account.email.current", status.current());
        state.setText(status.pending() == null ? current
                : getTranslation("account.email.pending", current, status.pending()));
    }
}
