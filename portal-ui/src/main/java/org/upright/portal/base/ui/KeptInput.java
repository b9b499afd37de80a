package org.upright.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps what a user types into a text field in their browser (localStorage) until the server has
 * saved it, so a reload, an expired session or a lost connection loses nothing. The browser side is
 * {@code upright/kept/kept-input.js}, loaded on every signed-in page by {@link MainLayout}, which
 * also names the signed-in user; an entry's key is user + page path + the name given here.
 */
public final class KeptInput {

    static final String NAME_ATTRIBUTE = "data-upright-keep";
    static final String USER_ATTRIBUTE = "data-upright-user";
    /** The notice the browser shows on a restored field, in the UI's language. */
    static final String RESTORED_ATTRIBUTE = "data-upright-kept-text";

    private KeptInput() {
    }

    /** Keeps this field's unsaved text under {@code name} (unique on its page; may carry a day). */
    public static <F extends Component & HasValue<?, String>> F keep(F field, String name) {
        field.getElement().setAttribute(NAME_ATTRIBUTE, name);
        field.getElement().setAttribute(RESTORED_ATTRIBUTE, Texts.text("base.kept.restored"));
        return field;
    }

    /**
     * The server now holds what the kept fields in {@code root} (or root itself) show: saved, or
     * replaced on purpose (a reload). The browser forgets their kept text. Sent through the page,
     * not the fields: a save that opens the saved item's own address detaches them in the same
     * round trip, and a detached element's script would never run.
     */
    public static void saved(Component root) {
        List<String> names = new ArrayList<>();
        collectNames(root.getElement(), names);
        if (names.isEmpty()) {
            return;
        }
        UI ui = root.getUI().orElseGet(UI::getCurrent);
        if (ui != null) {
            ui.getPage().executeJs("window.uprightKept && window.uprightKept.forget($0)", String.join("\n", names));
        }
    }

    /** The kept names at and below {@code element}, as the browser knows them. */
    static void collectNames(Element element, List<String> names) {
        String name = element.getAttribute(NAME_ATTRIBUTE);
        if (name != null) {
            names.add(name);
        }
        element.getChildren().forEach(child -> collectNames(child, names));
    }
}
