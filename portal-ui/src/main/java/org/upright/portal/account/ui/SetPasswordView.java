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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Choose your password · Upright")
@AnonymousAllowed
@StyleSheet("context://upright/accounts.css")
class SetPasswordView extends Main implements HasUrlParameter<String> {

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
        PasswordField password = PasswordHelp.newPasswordField("New password");
        password.setId("new-password");
        PasswordField repeat = new PasswordField("Repeat the password");
        repeat.setId("repeat-password");
        repeat.setWidthFull();
        FieldMessages messages = new FieldMessages().bind("password", password).bind("repeat", repeat);
        Button save = new Button("Save password", e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                messages.show(InvalidInputException.of("repeat", "The two passwords differ"));
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
        panel.add(new H1("Upright"), new H2(target.purpose() == PasswordLinkPurpose.INVITE ? "Welcome to Upright"
                        : "Choose your password"),
                new Paragraph((target.purpose() == PasswordLinkPurpose.INVITE ? "Choose a password for your account. " : "")
                        + "For " + target.displayName() + " (username " + target.username() + ")."),
                password, repeat, save);
    }

    private void showUnusable(PasswordLinkState state) {
        panel.removeAll();
        String why = switch (state) {
            case USED -> "It was already used, or a newer link or password replaced it. A link works only once.";
            case EXPIRED -> "It has expired: links work for a limited time only.";
            case UNKNOWN, USABLE -> "It is not a link this portal made, or it was mistyped.";
        };
        Paragraph reason = new Paragraph(why + " For a new one use \"Forgot password?\" on the sign-in page, "
                + "or ask your coach or an administrator.");
        reason.setId("link-unusable-reason");
        panel.add(new H1("Upright"), new H2("This link no longer works"), reason,
                new Anchor("forgot-password", "Forgot password?"), new Paragraph(), new Anchor("login", "Go to sign in"));
    }

    private void showDone() {
        panel.removeAll();
        Anchor signIn = new Anchor("login", "Sign in");
        signIn.setId("sign-in-link");
        panel.add(new H1("Upright"), new H2("Your password is set"),
                new Paragraph("Sign in with your username and the new password."), signIn);
    }
}
