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

import java.util.Optional;

/** Where a one-time link leads: the person chooses their password without being signed in. */
@Route(value = "set-password", autoLayout = false)
@PageTitle("Choose your password · Upright")
@AnonymousAllowed
@StyleSheet("context://upright/accounts.css")
class SetPasswordView extends Main implements HasUrlParameter<String> {

    private final PasswordLinkService links;
    private final Div panel = new Div();

    SetPasswordView(PasswordLinkService links) {
        this.links = links;
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
            showUnusable();
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
                links.setPassword(token, password.getValue());
                showDone();
            } catch (InvalidInputException problems) {
                if (problems.messageFor("token").isPresent()) {
                    showUnusable();
                } else {
                    messages.show(problems);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");
        panel.add(new H1("Upright"), new H2("Choose your password"),
                new Paragraph("For " + target.displayName() + " (username " + target.username() + ")."),
                password, repeat, save);
    }

    private void showUnusable() {
        panel.removeAll();
        panel.add(new H1("Upright"), new H2("This link no longer works"),
                new Paragraph("It has expired or was already used. Ask an administrator for a new one."),
                new Anchor("login", "Go to sign in"));
    }

    private void showDone() {
        panel.removeAll();
        Anchor signIn = new Anchor("login", "Sign in");
        signIn.setId("sign-in-link");
        panel.add(new H1("Upright"), new H2("Your password is set"),
                new Paragraph("Sign in with your username and the new password."), signIn);
    }
}
