package org.upright.tracker.alert;

import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An alert's sentence as a bundle key and its arguments rather than as words, so each coach reads
 * it in their own language although the coach's client list stores it once, computed in whatever
 * request or job noticed it. {@link #code()} is the stored form ({@code #key|i5|d2.7|sWall press});
 * text stored before alerts had keys reads back as it was.
 *
 * <p>Arguments are integers, decimals, strings, or {@link Keys}: a list of keys read as a
 * comma-separated list of their texts (the screening questions answered "yes").
 */
public record AlertText(String key, List<Object> args) {

    private static final char CODED = '#';
    private static final char SEPARATOR = '|';
    private static final char ESCAPE = '\\';

    /** A list of bundle keys, worded as their texts joined by ", ". */
    public record Keys(List<String> keys) {
        public Keys {
            keys = List.copyOf(keys);
        }
    }

    public AlertText {
        args = List.copyOf(args);
    }

    public static AlertText of(String key, Object... args) {
        return new AlertText(key, List.of(args));
    }

    /** A sentence that is already words (older stored alerts, tests): read as it is in every language. */
    public static AlertText literal(String text) {
        return new AlertText(null, List.of(text));
    }

    /** The sentence in the language of the current request or job. */
    public String text() {
        return text(Wording.currentLanguage());
    }

    public String text(Language language) {
        if (key == null) {
            return (String) args.getFirst();
        }
        Object[] values = args.stream()
                .map(a -> a instanceof Keys k
                        ? k.keys().stream().map(x -> Wording.text(language, x)).collect(Collectors.joining(", "))
                        : a)
                .toArray();
        return Wording.text(language, key, values);
    }

    /** The stored form: the key and the typed arguments, or the literal text. */
    public String code() {
        if (key == null) {
            String text = (String) args.getFirst();
            return !text.isEmpty() && text.charAt(0) == CODED ? CODED + text : text;
        }
        StringBuilder out = new StringBuilder().append(CODED).append(key);
        for (Object a : args) {
            out.append(SEPARATOR);
            switch (a) {
                case Integer i -> out.append('i').append(i);
                case Long l -> out.append('i').append(l);
                case Double d -> out.append('d').append(d);
                case Keys k -> out.append('k').append(escape(String.join(",", k.keys())));
                default -> out.append('s').append(escape(String.valueOf(a)));
            }
        }
        return out.toString();
    }

    /** Reads {@link #code()} back. */
    public static AlertText parse(String code) {
        if (code == null || code.isEmpty() || code.charAt(0) != CODED) {
            return literal(code == null ? "" : code);
        }
        if (code.length() > 1 && code.charAt(1) == CODED) {
            return literal(code.substring(1));
        }
        List<String> parts = split(code.substring(1));
        List<Object> args = new ArrayList<>();
        for (String p : parts.subList(1, parts.size())) {
            String value = p.substring(1);
            args.add(switch (p.charAt(0)) {
                case 'i' -> Integer.valueOf(value);
                case 'd' -> Double.valueOf(value);
                case 'k' -> new Keys(value.isEmpty() ? List.of() : List.of(value.split(",")));
                default -> value;
            });
        }
        return new AlertText(parts.getFirst(), args);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == ESCAPE || c == SEPARATOR) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ESCAPE && i + 1 < s.length()) {
                current.append(s.charAt(++i));
            } else if (c == SEPARATOR) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
