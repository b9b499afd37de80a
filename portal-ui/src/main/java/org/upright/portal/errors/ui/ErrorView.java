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

/**
 * Shown when opening a page fails unexpectedly: a friendly message and a reference, never the
 * exception's text (which can name tables, values or code). The stack trace goes to the log only.
 * More specific error views (access denied, not found) still win over this one.
 */
@PageTitle("Something went wrong · Upright")
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception> {

    private final Paragraph reference = new Paragraph();

    public ErrorView() {
        setId("error-view");
        addClassName("page");
        reference.setId("error-reference");
        add(new H2("Something went wrong"),
                new Paragraph("This page could not be shown. Nothing you saved earlier is lost. "
                        + "Try again in a moment; if it keeps happening, tell support the reference below."),
                reference, new Anchor("", "Back to your home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        reference.setText("Reference: " + ErrorReference.logged(parameter.getException()));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    String reference() {
        return reference.getText();
    }
}
