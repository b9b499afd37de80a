package org.upright.accounts;

import org.upright.kernel.i18n.Wording;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules every chosen password must pass: long enough, not built from the username, not a
 * well-known weak password (the shipped list, also when wrapped in digits or symbols or written
 * with look-alike characters), not a keyboard or alphabet run, not one character repeated.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int MAX_BYTES = 72;
    public static final int MAX_LENGTH = 64;

    private static final String LIST = "common-passwords.txt";
    private static final List<String> RUNS = List.of("abcdefghijklmnopqrstuvwxyz", "0123456789",
            "qwertyuiopasdfghjklzxcvbnm", "qwertzuiopasdfghjklyxcvbnm", "azertyuiopqsdfghjklmwxcvbn",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp", "!@#$%^&*()_+");

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Why this password may not be used, or empty when it is fine. */
    public Optional<String> problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Wording.text("accounts.password.required"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Wording.text("accounts.password.too-short", MIN_LENGTH, length));
        }
        if (length > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Wording.text("accounts.password.too-long", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Wording.text("accounts.password.contains-username"));
        }
        if (lower.codePoints().distinct().count() < 5) {
            return Optional.of(Wording.text("accounts.password.too-few-characters"));
        }
        if (isRun(lower)) {
            return Optional.of(Wording.text("accounts.password.run"));
        }
        if (isCommon(lower)) {
            return Optional.of(Wording.text("accounts.password.common"));
        }
        return Optional.empty();
    }

    private boolean isCommon(String lower) {
        String core = stripEnds(lower);
        for (String candidate : List.of(lower, core, withoutSeparators(core), undoLookAlikes(core),
                withoutSeparators(undoLookAlikes(core)))) {
            if (common.contains(candidate) || common.contains(halfIfDoubled(candidate))) {
                return true;
            }
        }
        return false;
    }

    /** "2024Password!!" is "password" with decoration at both ends. */
    private static String stripEnds(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetter(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        return start == end ? s : s.substring(start, end);
    }

    private static String withoutSeparators(String s) {
        return s.replaceAll("[\\s._\\-+*#~]", "");
    }

    private static String undoLookAlikes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case '@', '4' -> 'a';
                case '3' -> 'e';
                case '1', '!' -> 'i';
                case '0' -> 'o';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return out.toString();
    }

    private static String halfIfDoubled(String s) {
        int half = s.length() / 2;
        return s.length() % 2 == 0 && s.substring(0, half).equals(s.substring(half)) ? s.substring(0, half) : s;
    }

    private static boolean isRun(String lower) {
        for (String run : RUNS) {
            String forward = run.repeat(3);
            String backward = new StringBuilder(forward).reverse().toString();
            if (forward.contains(lower) || backward.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + LIST + " next to " + PasswordPolicy.class.getName());
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int listSize() {
        return common.size();
    }
}
