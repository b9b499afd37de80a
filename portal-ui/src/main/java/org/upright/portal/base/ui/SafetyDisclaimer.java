package org.upright.portal.base.ui;

import com.vaadin.flow.component.html.Paragraph;

/** The short reminder that Upright does not replace a clinician: on the screening, routine and timer pages. */
public class SafetyDisclaimer extends Paragraph {

    /** The disclaimer's key in the base bundle. */
    public static final String KEY = "base.safety-disclaimer";

    public SafetyDisclaimer() {
        setText(getTranslation(KEY));
        addClassName("safety-disclaimer");
        setId("safety-disclaimer");
        getElement().setAttribute("role", "note");
    }
}
