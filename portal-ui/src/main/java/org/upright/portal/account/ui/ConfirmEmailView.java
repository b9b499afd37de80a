package org.upright.portal.account.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.upright.accounts.EmailAddressService;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.mail.MailedPortalLinks;

/**
 * Where the link mailed to a new address leads: opening it makes the address the account's. It
 * may be opened on any device, signed in or not: holding the link proves the address.
 */
@Route(value = MailedPortalLinks.CONFIRM_EMAIL, autoLayout = false)
@PageTitle("Confirm your e-mail address · Upright")
@AnonymousAllowed
@StyleSheet("context://upright/accounts.css")
class ConfirmEmailView extends Main implements HasUrlParameter<String> {

    private final EmailAddressService emails;
    private final Div panel = new Div();

    ConfirmEmailView(EmailAddressService emails) {
        this.emails = emails;
        addClassName("login-view");
        setId("confirm-email");
        panel.addClassName("set-password-panel");
        add(panel);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        panel.removeAll();
        Paragraph text = new Paragraph();
        text.setId("confirm-email-result");
        H2 title;
        try {
            String address = emails.confirm(token);
            title = new H2("Address confirmed");
            text.setText("Upright now writes to " + address + ".");
        } catch (InvalidInputException problems) {
            title = new H2("This link no longer works");
            text.setText(problems.messageFor("email").map(m -> m + " Nothing was changed.")
                    .orElse("It has expired or was already used. Ask for a new one on your profile page."));
        }
        panel.add(new H1("Upright"), title, text, new Anchor("profile", "Go to your profile"));
    }
}
