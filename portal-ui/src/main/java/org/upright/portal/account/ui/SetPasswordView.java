package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.upright.accounts.PasswordLinkService;
import org.upright.accounts.PasswordLinkTarget;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.FieldMessages;
import org.upright.portal.mail.MailedPortalLinks;
import org.upright.portal.security.LinkSignIn;
import com.vaadin.flow.component.UI;

import java.util.Optional;

/** Where a one-time link leads: the person chooses their password without being signed in. */
@Route(value = MailedPortalLinks.SET_PASSWORD, autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://upright/accounts.css")
class SetPasswordView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("account.set-password.title");
    }

    private final PasswordLinkService links;
    private final LinkSignIn signIn;
    private final Div panel = new Div();

    SetPasswordView(PasswordLinkService links, LinkSignIn signIn) {
        this.links = links;
        this.signIn = signIn;
        addClassName("login-view");
        setId("set-password");
        panel.addClassName("set-password-panel");
        add(panel);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        Optional<PasswordLinkTarget> target = links.find(token);
        if (target.isPresent()) {
            showForm(token, target.get());
        } else {
            showUnusable(links.state(token));
        }
    }

    private void showForm(String token, PasswordLinkTarget target) {
        panel.removeAll();
        PasswordField password = PasswordHelp.newPasswordField(getTranslation("account.password.new"));
        password.setId("new-password");
        PasswordField repeat = new PasswordField(getTranslation("account.set-password.repeat"));
        repeat.setId("repeat-password");
        repeat.setWidthFull();
        FieldMessages messages = new FieldMessages().bind("password", password).bind("repeat", repeat);
        Button save = new Button(getTranslation("account.set-password.save"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                messages.show(InvalidInputException.of("repeat", getTranslation("account.set-password.differ")));
                return;
            }
            try {
                PasswordLinkTarget done = links.setPassword(token, password.getValue());
                // an invited member goes straight to the portal, signed in
                if (done.purpose() == PasswordLinkPurpose.INVITE && signIn.signIn(done.username())) {
                    UI.getCurrent().getPage().setLocation(".");
                    return;
                }
                showDone();
            } catch (InvalidInputException problems) {
                if (problems.messageFor("token").isPresent()) {
                    showUnusable(links.state(token));
                } else {
                    messages.show(problems);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");
        boolean invited = target.purpose() == PasswordLinkPurpose.INVITE;
        panel.add(new H1(getTranslation("account.brand")),
                new H2(getTranslation(invited ? "account.set-password.welcome" : "account.set-password.heading")),
                new Paragraph(getTranslation(invited ? "account.set-password.for-invited" : "account.set-password.for",
                        target.displayName(), target.username())),
                password, repeat, save);
    }

    private void showUnusable(PasswordLinkState state) {
        panel.removeAll();
        String why = switch (state) {
            case USED -> getTranslation("account.link.used");
            case EXPIRED -> getTranslation("account.link.expired");
            case UNKNOWN, USABLE -> getTranslation("account.link.unknown");
        };
        Paragraph reason = new Paragraph(getTranslation("account.link.get-new", why));
        reason.setId("link-unusable-reason");
        panel.add(new H1(getTranslation("account.brand")), new H2(getTranslation("account.link.unusable.title")), reason,
                new Anchor("forgot-password", getTranslation("account.set-password.forgot")), new Paragraph(),
                new Anchor("login", getTranslation("account.set-password.to-sign-in")));
    }

    private void showDone() {
        panel.removeAll();
        Anchor signIn = new Anchor("login", getTranslation("account.set-password.sign-in"));
        signIn.setId("sign-in-link");
        panel.add(new H1(getTranslation("account.brand")), new H2(getTranslation("account.set-password.done")),
                new Paragraph(getTranslation("account.set-password.done.text")), signIn);
    }
}
