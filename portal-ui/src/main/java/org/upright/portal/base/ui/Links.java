package org.upright.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;

/** Links between content pages, handled by the Vaadin router (no full page load). */
public final class Links {

    private Links() {
    }

    public static Anchor to(String path, String text) {
        Anchor a = new Anchor(path, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}
