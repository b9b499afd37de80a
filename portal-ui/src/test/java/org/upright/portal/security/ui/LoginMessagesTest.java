package org.upright.portal.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Each sign-in failure the handler reports has its own words; none says "incorrect" when it is not. */
@SpringBootTest
class LoginMessagesTest extends SpringBrowserlessTest {

    @ParameterizedTest(name = "?{0}")
    @CsvSource({"error, Incorrect username or password", "throttled, Too many sign-in attempts",
            "unavailable, Sign-in is unavailable right now", "expired, Sign-in took too long"})
    void eachReasonHasItsMessage(String reason, String title) {
        UI.getCurrent().navigate("login", QueryParameters.of(reason, ""));
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        LoginI18n i18n = (LoginI18n) readI18n(form);
        assertThat(i18n.getErrorMessage().getTitle()).isEqualTo(title);
    }

    private static Object readI18n(LoginForm form) {
        try {
            var getter = com.vaadin.flow.component.login.AbstractLogin.class.getDeclaredMethod("getI18n");
            getter.setAccessible(true);
            return getter.invoke(form);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
