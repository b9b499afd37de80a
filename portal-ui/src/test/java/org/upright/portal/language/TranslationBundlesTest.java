package org.upright.portal.language;

import org.junit.jupiter.api.Test;
import org.upright.kernel.BodyArea;
import org.upright.kernel.Role;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle on the class path (every module's) is complete in every language: the same keys,
 * no empty text, the same arguments, and MessageFormat's quoting rule kept ({@code ''} for an apostrophe).
 */
class TranslationBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyBundleHasEveryKeyInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        for (String base : Wording.bundleBaseNames()) {
            Properties english = load(base + ".properties");
            for (Language language : Language.values()) {
                if (language == Language.ENGLISH) {
                    continue;
                }
                String file = base + "_" + language.code() + ".properties";
                Properties other = load(file);
                if (other == null) {
                    problems.add(file + " is missing");
                    continue;
                }
                TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
                missing.removeAll(other.stringPropertyNames());
                missing.forEach(k -> problems.add(file + " lacks " + k));
                TreeSet<String> extra = new TreeSet<>(other.stringPropertyNames());
                extra.removeAll(english.stringPropertyNames());
                extra.forEach(k -> problems.add(file + " has " + k + ", which " + base + ".properties lacks"));
                for (String key : other.stringPropertyNames()) {
                    if (english.containsKey(key) && !arguments(english.getProperty(key)).equals(arguments(other.getProperty(key)))) {
                        problems.add(file + ": " + key + " has other arguments than in English");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTextIsAValidMessageFormatWithApostrophesDoubled() {
        List<String> problems = new ArrayList<>();
        allTexts().forEach((where, text) -> {
            if (text.isBlank()) {
                problems.add(where + " is empty");
            }
            if (LONE_APOSTROPHE.matcher(text).find()) {
                problems.add(where + " has a single apostrophe (write '' so MessageFormat keeps it): " + text);
            }
            try {
                new MessageFormat(text);
            } catch (IllegalArgumentException e) {
                problems.add(where + " is not a valid MessageFormat: " + e.getMessage());
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void eachKeyHasOneHome() {
        Map<String, String> homes = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String base : Wording.bundleBaseNames()) {
            for (String key : load(base + ".properties").stringPropertyNames()) {
                String earlier = homes.putIfAbsent(key, base);
                if (earlier != null) {
                    problems.add(key + " is in both " + earlier + " and " + base);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void keysMadeFromEnumNamesExist() {
        for (BodyArea area : BodyArea.values()) {
            assertThat(Wording.has("body-area." + area.name())).as(area.name()).isTrue();
        }
        for (Role role : Role.values()) {
            assertThat(Wording.has("role." + role.name())).as(role.name()).isTrue();
        }
    }

    @Test
    void germanIsGermanAndEnglishTheFallback() {
        assertThat(Wording.text(Language.GERMAN, "body-area.LOW_BACK")).isEqualTo("Unterer Rücken");
        assertThat(Wording.text(java.util.Locale.FRENCH, "body-area.LOW_BACK")).isEqualTo("Low back");
        assertThat(Wording.text(Language.GERMAN, "validation.note.length", 2000, 2001))
                .isEqualTo("Die Notiz darf höchstens 2000 Zeichen lang sein (sie hat 2001)");
    }

    private static Map<String, String> allTexts() {
        Map<String, String> texts = new TreeMap<>();
        for (String base : Wording.bundleBaseNames()) {
            for (Language language : Language.values()) {
                String file = base + (language == Language.ENGLISH ? "" : "_" + language.code()) + ".properties";
                Properties p = load(file);
                if (p != null) {
                    p.stringPropertyNames().forEach(k -> texts.put(file + " " + k, p.getProperty(k)));
                }
            }
        }
        return texts;
    }

    private static TreeSet<String> arguments(String text) {
        TreeSet<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    static Properties load(String resource) {
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
