package org.upright.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.i18n.Language;
import org.upright.portal.language.SessionLanguage;

/** Applies a language chosen on the profile at once: the page is drawn again in it. */
public final class LanguageSwitch {

    private LanguageSwitch() {
    }

    public static void apply(AccountProfile profile) {
        SessionLanguage.remember(VaadinSession.getCurrent().getSession(), profile);
        UI.getCurrent().getPage().reload();
    }

    /** The language the current view is shown in. */
    public static Language current() {
        return Language.of(UI.getCurrent().getLocale());
    }
}
