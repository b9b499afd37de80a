package org.upright.portal.errors.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A failing page or action shows a reference, never the exception's text; the log has the trace. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorViewTest extends SpringBrowserlessTest {

    static final String SECRET = "PSQLException: invalid byte sequence 0x00 in table secret_table";

    /** A page that fails the way a query with a NUL byte did. */
    @AnonymousAllowed
    public static class FailingPage extends Div {
        public FailingPage() {
            throw new DataIntegrityViolationException(SECRET);
        }
    }

    @Test
    void aFailingPageShowsTheErrorViewWithAReference(CapturedOutput output) {
        com.vaadin.flow.router.RouteConfiguration.forSessionScope().setRoute("test-failing-page", FailingPage.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("test-failing-page");
        ErrorView view = $(ErrorView.class).single();
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Something went wrong").doesNotContain("PSQL", "secret_table", "Exception");
        String reference = view.reference().replace("Reference: ", "");
        assertThat(reference).matches("ERR-[A-Z2-9]{8}");
        assertThat(output.getAll()).contains(reference).contains(SECRET).contains("at org.upright");
    }

    /** A page whose first query meets a database that is gone. */
    @AnonymousAllowed
    public static class PageWithoutDatabase extends Div {
        public PageWithoutDatabase() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("upright - Connection is not available, request timed out"));
        }
    }

    @Test
    void aPageOpenedInsideTheAppDuringAnOutageSaysTemporarilyUnavailable() {
        com.vaadin.flow.router.RouteConfiguration.forSessionScope().setRoute("test-no-database", PageWithoutDatabase.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("test-no-database");
        String text = $(ErrorView.class).single().getElement().getTextRecursively();
        assertThat(text).contains("Upright is temporarily unavailable", "Nothing you entered is lost")
                .doesNotContain("Something went wrong", "JDBC", "Connection");
    }

    @Test
    void aFailingActionShowsANotificationWithAReference(CapturedOutput output) {
        VaadinSession.getCurrent().setErrorHandler(ErrorHandling.HANDLER);
        String reference = ErrorHandling.handle(new ErrorEvent(new IllegalStateException(SECRET)));
        Notification note = $(Notification.class).last();
        assertThat(note.getElement().getProperty("text")).contains(reference).doesNotContain("PSQL", "secret_table");
        assertThat(output.getAll()).contains(reference).contains(SECRET);
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isSameAs(ErrorHandling.HANDLER);
    }
}
