package org.upright.kernel.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Upright speaks. English is complete by definition and is what any other
 * requested language falls back to; every other language must have every key (TranslationBundlesTest).
 */
public enum Language {
    ENGLISH(Locale.ENGLISH, "English"),
    GERMAN(Locale.GERMAN, "Deutsch");

    private final Locale locale;
    private final String ownName;

    Language(Locale locale, String ownName) {
        this.locale = locale;
        this.ownName = ownName;
    }

    public Locale locale() {
        return locale;
    }

    /** The code stored with an account or a piece of content ("en", "de"). */
    public String code() {
        return locale.getLanguage();
    }

    /** The language's name in itself, so a person who cannot read the current one still finds theirs. */
    public String ownName() {
        return ownName;
    }

    /** The supported language closest to {@code locale} (de-AT → German), English for anything else. */
    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : ofCode(locale.getLanguage()).orElse(ENGLISH);
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }
}
