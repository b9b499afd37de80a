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
import com.vaadin.flow.router.HasDynamicTitle;
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
@AnonymousAllowed
@StyleSheet("context://upright/accounts.css")
class ForgotPasswordView extends Main implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("account.forgot.title");
    }

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
        TextField name = new TextField(getTranslation("account.forgot.name"));
        name.setId("reset-name");
        name.setWidthFull();
        name.setMaxLength(254);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        Button send = new Button(getTranslation("account.forgot.send"), e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("account.forgot.name.required"));
                name.setInvalid(true);
                return;
            }
            VaadinRequest request = VaadinRequest.getCurrent();
            PasswordReset answer = resets.request(name.getValue(), request == null ? null : request.getRemoteAddr());
            switch (answer) {
                case ANSWERED -> showSent();
                case THROTTLED -> {
                    name.setErrorMessage(getTranslation("account.forgot.throttled"));
                    name.setInvalid(true);
                }
                case MAIL_UNAVAILABLE -> showNoMail();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        send.setId("send-reset-link");
        panel.add(new H1(getTranslation("account.brand")), new H2(getTranslation("account.forgot.heading")),
                new Paragraph(getTranslation("account.forgot.intro")),
                name, send, new Paragraph(), back());
    }

    private void showSent() {
        panel.removeAll();
        Paragraph sent = new Paragraph(getTranslation("account.forgot.sent",
                PasswordLinkPurpose.RESET.validity().toMinutes()));
        sent.setId("reset-answer");
        panel.add(new H1(getTranslation("account.brand")), new H2(getTranslation("account.forgot.sent.heading")), sent,
                back());
    }

    private void showNoMail() {
        panel.removeAll();
        Paragraph none = new Paragraph(getTranslation("account.forgot.no-mail"));
        none.setId("reset-no-mail");
        panel.add(new H1(getTranslation("account.brand")), new H2(getTranslation("account.forgot.heading")), none, back());
    }

    private Anchor back() {
        Anchor back = new Anchor("login", getTranslation("account.forgot.back"));
        back.setId("back-to-sign-in");
        return back;
    }
}
