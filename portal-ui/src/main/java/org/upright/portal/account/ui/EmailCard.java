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
        EmailField address = new EmailField("New e-mail address");
        address.setWidthFull();
        address.setMaxLength(EmailAddress.MAX);
        address.setId("new-email");
        FieldMessages messages = new FieldMessages().bind("email", address);
        Button change = new Button("Send confirmation link", e -> {
            try {
                show(emails.requestChange(address.getValue()));
                messages.clear();
                address.clear();
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        change.setId("change-email");
        add(new H3("E-mail address"), state);
        if (status.mailAvailable()) {
            add(address, change);
        } else {
            Paragraph none = new Paragraph("This portal does not send mail, so an address cannot be confirmed here. "
                    + "An administrator can help.");
            none.setId("email-no-mail");
            add(none);
        }
    }

    private void show(EmailStatus status) {
        String current = status.current() == null ? "You have no e-mail address yet." : "Your address: " + status.current() + ".";
        state.setText(status.pending() == null ? current : current + " Waiting for confirmation: " + status.pending()
                + " (open the link we mailed there; until then the address above stays).");
    }
}
