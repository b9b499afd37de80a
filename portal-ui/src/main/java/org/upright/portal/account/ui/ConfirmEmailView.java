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
import com.vaadin.flow.router.HasDynamicTitle;
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
@AnonymousAllowed
@StyleSheet("context://upright/accounts.css")
class ConfirmEmailView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("account.confirm-email.title");
    }

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
            title = new H2(getTranslation("account.confirm-email.done"));
            text.setText(getTranslation("account.confirm-email.done.text", address));
        } catch (InvalidInputException problems) {
            title = new H2(getTranslation("account.link.unusable.title"));
            text.setText(problems.messageFor("email").map(m -> getTranslation("account.confirm-email.nothing-changed", m))
                    .orElse(getTranslation("account.confirm-email.unusable")));
        }
        panel.add(new H1(getTranslation("account.brand")), title, text,
                new Anchor("profile", getTranslation("account.confirm-email.to-profile")));
    }
}
