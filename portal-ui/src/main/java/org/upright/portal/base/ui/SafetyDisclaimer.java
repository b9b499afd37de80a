package org.upright.portal.base.ui;

import com.vaadin.flow.component.html.Paragraph;

/** The short reminder that Upright does not replace a clinician: on the screening, routine and timer pages. */
public class SafetyDisclaimer extends Paragraph {

    public static final String TEXT = "Upright gives general exercise guidance. It does not replace a doctor or "
            + "physiotherapist who has examined you. Stop if something feels wrong, and get help for anything that worries you.";

    public SafetyDisclaimer() {
        super(TEXT);
        addClassName("safety-disclaimer");
        setId("safety-disclaimer");
        getElement().setAttribute("role", "note");
    }
}
