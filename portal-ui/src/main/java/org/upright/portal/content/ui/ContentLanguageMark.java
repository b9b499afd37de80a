package org.upright.portal.content.ui;

import com.vaadin.flow.component.Component;
import org.upright.kernel.i18n.Language;

/**
 * Marks what an author wrote (a title, a summary, an article body) with the language it is written
 * in, so screen readers pronounce an English item in a German page as English (WCAG 3.1.2, language
 * of parts). The page's own labels keep the page's language.
 */
public final class ContentLanguageMark {

    private ContentLanguageMark() {
    }

    public static void mark(Language language, Component... parts) {
        for (Component part : parts) {
            part.getElement().setAttribute("lang", language.code());
        }
    }
}
