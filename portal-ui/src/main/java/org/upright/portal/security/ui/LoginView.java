package org.upright.portal.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in page. Spring Security handles the POST; a failure comes back here with ?error. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Upright")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

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

        Div brand = new Div(new H1("Upright"),
                new Paragraph("Stretch a little every day, rate your back pain, and watch the trend fall."));
        brand.addClassName("login-brand");
        add(brand, login);
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Username");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot password?");
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage().setMessage("Check both and try again. Usernames are up to 64 characters.");
        i18n.getErrorMessage().setUsername("Enter your username");
        i18n.getErrorMessage().setPassword("Enter your password");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = i18n();
        if (parameters.containsKey(THROTTLED)) {
            // the same words whether or not the account exists
            i18n.getErrorMessage().setTitle("Too many sign-in attempts");
            i18n.getErrorMessage().setMessage("Sign-in is paused for a few minutes after repeated failures. "
                    + "Wait a little, then try again.");
        } else if (parameters.containsKey(EXPIRED)) {
            i18n.getErrorMessage().setTitle("Sign-in took too long");
            i18n.getErrorMessage().setMessage("The code was not entered within a few minutes of the password. "
                    + "Sign in again with your password, then enter a new code.");
        } else if (parameters.containsKey(UNAVAILABLE)) {
            i18n.getErrorMessage().setTitle("Sign-in is unavailable right now");
            i18n.getErrorMessage().setMessage("The service cannot check your details at the moment. "
                    + "Your password was not rejected; please try again in a few minutes.");
        }
        login.setI18n(i18n);
        login.setError(parameters.containsKey(ERROR) || parameters.containsKey(THROTTLED)
                || parameters.containsKey(UNAVAILABLE) || parameters.containsKey(EXPIRED));
    }
}
