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

    /**
     * A link back to a list ("Routines"): content.css draws the arrow before it ({@code .back-link::before}, hidden
     * from screen readers), so the arrow is neither announced nor kept in the page's text. That text is Latin-1
     * then, and Vaadin keeps each UI's last response as a String of one byte per character (a single arrow in it
     * made it two bytes per character: ~40 kB more per member UI on a routine page, docs/benchmarks.md).
     */
    public static Anchor back(String path, String text) {
        Anchor a = to(path, text);
        a.addClassName("back-link");
        return a;
    }
}
