package org.upright.portal.base.ui;

import com.vaadin.flow.component.UI;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;

/**
 * Text in the language of the UI being drawn, for the small UI kit's static helpers that have no
 * component to call getTranslation on (a chart summary, a session line, a duration). Outside a UI
 * (a job, a plain test) it is the request's language, as {@link Wording#text(String, Object...)}.
 */
public final class Texts {

    private Texts() {
    }

    public static String text(String key, Object... args) {
        return Wording.text(language(), key, args);
    }

    /** The language of the current UI, else of the current request or job. */
    public static Language language() {
        UI ui = UI.getCurrent();
        return ui != null && ui.getLocale() != null ? Language.of(ui.getLocale()) : Wording.currentLanguage();
    }
}
