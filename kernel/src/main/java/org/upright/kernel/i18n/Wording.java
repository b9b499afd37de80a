package org.upright.kernel.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every sentence a person reads, in their language. Each module keeps its own bundle in
 * {@code i18n/<name>.properties} (English) and {@code i18n/<name>_de.properties} (German); all
 * bundles on the class path are found at start-up, so a module adds text without a list to edit.
 *
 * <p>Static, like Spring's {@link LocaleContextHolder} it reads the language from: domain code that
 * words a validation message or a reminder needs no bean for it, and plain unit tests get real text.
 * Messages always go through {@link java.text.MessageFormat}, so an apostrophe is written {@code ''}
 * whether or not the message has arguments.
 */
public final class Wording {

    /** The bundle files' location; a name without a language suffix is a bundle's English file. */
    public static final String BUNDLES = "classpath*:i18n/*.properties";
    private static final Pattern BASE_NAME = Pattern.compile("i18n/([A-Za-z0-9-]+)\\.properties$");

    private static final ResourceBundleMessageSource SOURCE = load();

    private Wording() {
    }

    /** {@code key} in the language of the current request or job (LocaleContextHolder), English by default. */
    public static String text(String key, Object... args) {
        return text(currentLanguage(), key, args);
    }

    public static String text(Language language, String key, Object... args) {
        return SOURCE.getMessage(key, args, language.locale());
    }

    public static String text(Locale locale, String key, Object... args) {
        return text(Language.of(locale), key, args);
    }

    /** Whether {@code key} has English text (every language falls back to English). */
    public static boolean has(String key) {
        return SOURCE.getMessage(key, null, null, Locale.ENGLISH) != null;
    }

    public static Language currentLanguage() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    /** The one message source, also Spring's ({@code messageSource} bean), so Jakarta validation's {key} messages resolve here. */
    public static MessageSource source() {
        return SOURCE;
    }

    /** The base names of all bundles on the class path ("i18n/kernel", "i18n/portal-home", …). */
    public static TreeSet<String> bundleBaseNames() {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver(Wording.class.getClassLoader()).getResources(BUNDLES)) {
                Matcher m = BASE_NAME.matcher(r.getURL().toString());
                if (m.find()) {
                    names.add("i18n/" + m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
        return names;
    }

    private static ResourceBundleMessageSource load() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(bundleBaseNames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        // a German browser on an English server must not get the server's language: English is the fallback
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
