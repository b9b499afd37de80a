package org.upright.portal.errors.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.upright.portal.database.DatabaseOutage;

/**
 * Shown when opening a page fails unexpectedly: a friendly message and a reference, never the
 * exception's text (which can name tables, values or code). The stack trace goes to the log only.
 * More specific error views (access denied, not found) still win over this one.
 */
@PageTitle("Something went wrong · Upright")
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception> {

    static final String OUTAGE_HEADING = "Upright is temporarily unavailable";

    private final H2 heading = new H2("Something went wrong");
    private final Paragraph explanation = new Paragraph("This page could not be shown. Nothing you saved earlier is lost. "
            + "Try again in a moment; if it keeps happening, tell support the reference below.");
    private final Paragraph reference = new Paragraph();

    public ErrorView() {
        setId("error-view");
        addClassName("page");
        reference.setId("error-reference");
        add(heading, explanation, reference, new Anchor("", "Back to your home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        reference.setText("Reference: " + ErrorReference.logged(parameter.getException()));
        if (DatabaseOutage.isCause(parameter.getException())) {
            // opening a page inside the app (no page load) while the database is down
            heading.setText(OUTAGE_HEADING);
            explanation.setText("We cannot reach our database just now. Nothing you entered is lost. "
                    + "Try this page again in a minute.");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    String reference() {
        return reference.getText();
    }
}
