package org.upright.portal.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in page. Spring Security handles the POST; a failure comes back here with ?error. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameters the sign-in failure handler adds: which message to show. */
    public static final String ERROR = "error";
    public static final String THROTTLED = "throttled";
    public static final String UNAVAILABLE = "unavailable";
    /** The second step was not done in time after the password. */
    public static final String EXPIRED = "expired";

    private final LoginForm login = new LoginForm();

    LoginView() {
        addClassName("login-view");
        login.setAction("login");
        // "Forgot password?" leads to its own page (mail a link, or whom to ask without mail)
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        login.setI18n(i18n());

        Div brand = new Div(new H1(getTranslation("account.brand")),
                new Paragraph(getTranslation("security.login.tagline")));
        brand.addClassName("login-brand");
        add(brand, login);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title");
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.form.title"));
        i18n.getForm().setUsername(getTranslation("security.login.form.username"));
        i18n.getForm().setPassword(getTranslation("security.login.form.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.form.submit"));
        i18n.getForm().setForgotPassword(getTranslation("security.login.form.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("security.login.error.text"));
        i18n.getErrorMessage().setUsername(getTranslation("security.login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = i18n();
        if (parameters.containsKey(THROTTLED)) {
            // the same words whether or not the account exists
            i18n.getErrorMessage().setTitle(getTranslation("security.login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("security.login.throttled.text"));
        } else if (parameters.containsKey(EXPIRED)) {
            i18n.getErrorMessage().setTitle(getTranslation("security.login.expired.title"));
            i18n.getErrorMessage().setMessage(getTranslation("security.login.expired.text"));
        } else if (parameters.containsKey(UNAVAILABLE)) {
            i18n.getErrorMessage().setTitle(getTranslation("security.login.unavailable.title"));
            i18n.getErrorMessage().setMessage(getTranslation("security.login.unavailable.text"));
        }
        login.setI18n(i18n);
        login.setError(parameters.containsKey(ERROR) || parameters.containsKey(THROTTLED)
                || parameters.containsKey(UNAVAILABLE) || parameters.containsKey(EXPIRED));
    }
}
