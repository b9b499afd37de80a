package org.upright.portal.language;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;

import java.util.List;
import java.util.Locale;

/** Vaadin's getTranslation reads the same bundles as the domain ({@link Wording}): one home for every text. */
@Component
class UprightTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Wording.text(locale, key, params);
    }
}
