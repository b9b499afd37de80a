package org.upright.content.starter;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter content is written in Upright's own words: no run of {@value #WORDS} words in any
 * starter text (titles, summaries, bodies, steps, cues, picture descriptions, variants) matches
 * the source material it was researched from. The source is kept only as hashes of its 8-word
 * sequences (source-shingles.txt), so this repository never holds that text.
 */
class StarterContentOwnWordsTest {

    static final int WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");

    @Test
    void noEightWordSequenceIsSharedWithTheSourceMaterial() throws IOException {
        Set<String> source = sourceShingles();
        assertThat(source).as("hashes of the source material").hasSizeGreaterThan(500);
        List<String> copied = new ArrayList<>();
        texts().forEach((where, text) -> shingles(text).stream().filter(s -> source.contains(hash(s)))
                .forEach(s -> copied.add(where + ": \"" + s + "\"")));
        assertThat(copied).as("word sequences shared with the source material").isEmpty();
    }

    @Test
    void theCheckFindsASharedSequence() {
        // the hashing the check relies on: same words, same hash, whatever the case and punctuation
        List<String> a = shingles("Stand tall; breathe out slowly while you press, then relax.");
        List<String> b = shingles("STAND TALL, breathe out slowly while you press... then relax!");
        assertThat(a).hasSize(3).isEqualTo(b);
        assertThat(a.stream().map(StarterContentOwnWordsTest::hash).toList())
                .isEqualTo(b.stream().map(StarterContentOwnWordsTest::hash).toList());
        assertThat(shingles("one two three four five six seven")).isEmpty();
        // the same hash as the tool that wrote source-shingles.txt (SHA-256, first 16 hex digits)
        assertThat(hash(a.getFirst())).isEqualTo("2cd3b27676e337a1");
    }

    /** Every member-visible text of the starter set, in every language, by where it appears. */
    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts(StarterContentImporter.read(), "", texts);
        StarterContentImporter.readTranslations().forEach(t -> texts(t, t.inLanguage().code() + " ", texts));
        return texts;
    }

    private static void texts(StarterContent content, String prefix, Map<String, String> into) {
        Map<String, String> texts = new LinkedHashMap<>();
        content.articles().forEach(a -> texts.put("article " + a.slug(), String.join(" ", a.title(), a.summary(), a.body())));
        content.routines().forEach(r -> {
            texts.put("routine " + r.slug(), r.title() + " " + r.summary());
            r.steps().forEach(s -> texts.put("routine " + r.slug() + " / " + s.title(), Stream.of(s.title(),
                            s.instructions(), s.safetyCue(), s.imageAlt(),
                            s.easier() == null ? null : s.easier().instructions(),
                            s.harder() == null ? null : s.harder().instructions())
                    .filter(t -> t != null).collect(Collectors.joining(" "))));
        });
        content.programs().forEach(p -> texts.put("program " + p.slug(), p.title() + " " + p.description()));
        texts.forEach((where, text) -> into.put(prefix + where, text));
    }

    static List<String> shingles(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(normal);
        while (m.find()) {
            words.add(m.group());
        }
        List<String> shingles = new ArrayList<>();
        for (int i = 0; i + WORDS <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + WORDS)));
        }
        return shingles;
    }

    static String hash(String shingle) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shingle.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> sourceShingles() throws IOException {
        try (InputStream in = StarterContentOwnWordsTest.class.getResourceAsStream("source-shingles.txt")) {
            assertThat(in).as("source-shingles.txt on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        }
    }
}
