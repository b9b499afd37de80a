package org.upright.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.upright.accounts.PasswordLinkPurpose;
import org.upright.accounts.PasswordReset;
import org.upright.accounts.PasswordResetService;

/**
 * "Forgot password?" from the sign-in page: a username or e-mail address in, a one-time link out
 * by mail. The page answers the same whether or not an account matched.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot password · Upright")
@AnonymousAllowed
@StyleSheet("context://upright/accounts.css")
class ForgotPasswordView extends Main {

    private final PasswordResetService resets;
    private final Div panel = new Div();

    ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("login-view");
        setId("forgot-password");
        panel.addClassName("set-password-panel");
        add(panel);
        if (resets.available()) {
            showForm();
        } else {
            showNoMail();
        }
    }

    private void showForm() {
        panel.removeAll();
        TextField name = new TextField("Username or e-mail address");
        name.setId("reset-name");
        name.setWidthFull();
        name.setMaxLength(254);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        Button send = new Button("Send me a link", e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage("Enter your username or e-mail address");
                name.setInvalid(true);
                return;
            }
            VaadinRequest request = VaadinRequest.getCurrent();
            PasswordReset answer = resets.request(name.getValue(), request == null ? null : request.getRemoteAddr());
            switch (answer) {
                case ANSWERED -> showSent();
                case THROTTLED -> {
                    name.setErrorMessage("Too many requests. Wait a few minutes, then try again.");
                    name.setInvalid(true);
                }
                case MAIL_UNAVAILABLE -> showNoMail();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        send.setId("send-reset-link");
        panel.add(new H1("Upright"), new H2("Forgot your password?"),
                new Paragraph("Enter your username or the e-mail address of your account. We mail you a link "
                        + "to choose a new password."),
                name, send, new Paragraph(), back());
    }

    private void showSent() {
        panel.removeAll();
        Paragraph sent = new Paragraph("If an account with an e-mail address matches, a link is on its way to "
                + "that address. It works once, for " + PasswordLinkPurpose.RESET.validity().toMinutes()
                + " minutes. Nothing arrived? Check the spam folder, or ask your coach or an administrator.");
        sent.setId("reset-answer");
        panel.add(new H1("Upright"), new H2("Check your mail"), sent, back());
    }

    private void showNoMail() {
        panel.removeAll();
        Paragraph none = new Paragraph("This portal does not send mail, so it cannot mail you a link. "
                + "Ask your coach or an administrator: they can make you a link to choose a new password.");
        none.setId("reset-no-mail");
        panel.add(new H1("Upright"), new H2("Forgot your password?"), none, back());
    }

    private static Anchor back() {
        Anchor back = new Anchor("login", "Back to sign in");
        back.setId("back-to-sign-in");
        return back;
    }
}
