package org.upright.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that leads nowhere (a mistyped link, an old bookmark), inside the app's
 * layout with a way home. Only signed-in users get here: everyone else is sent to sign in first.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    /** Spring Security's marker on the address it sends a user back to after signing in. */
    static final String AFTER_SIGN_IN = "continue";

    public NotFoundView() {
        setId("not-found");
        addClassName("page");
        Anchor home = new Anchor("", getTranslation("base.not-found.home"));
        home.setId("not-found-home");
        add(new H2(getTranslation("base.not-found.heading")),
                new Paragraph(getTranslation("base.not-found.text")),
                home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.not-found.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey(AFTER_SIGN_IN)) {
            // the member signed in from a dead link: their home is more useful than an error
            event.forwardTo("");
            return HttpServletResponse.SC_OK;
        }
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
