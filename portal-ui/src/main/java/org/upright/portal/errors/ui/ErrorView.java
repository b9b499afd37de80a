package org.upright.portal.errors.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.upright.portal.database.DatabaseOutage;

/**
 * Shown when opening a page fails unexpectedly: a friendly message and a reference, never the
 * exception's text (which can name tables, values or code). The stack trace goes to the log only.
 * More specific error views (access denied, not found) still win over this one.
 */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private final H2 heading = new H2(getTranslation("errors.page.heading"));
    private final Paragraph explanation = new Paragraph(getTranslation("errors.page.text"));
    private final Paragraph reference = new Paragraph();
    private String referenceId;

    public ErrorView() {
        setId("error-view");
        addClassName("page");
        reference.setId("error-reference");
        add(heading, explanation, reference, new Anchor("", getTranslation("errors.page.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("errors.page.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        referenceId = ErrorReference.logged(parameter.getException());
        reference.setText(getTranslation("errors.page.reference", referenceId));
        if (DatabaseOutage.isCause(parameter.getException())) {
            // opening a page inside the app (no page load) while the database is down
            heading.setText(getTranslation("database.unavailable.heading"));
            explanation.setText(getTranslation("errors.page.outage"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The reference shown, e.g. "ERR-7KQ2M9XD". */
    String reference() {
        return referenceId;
    }
}
