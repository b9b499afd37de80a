package org.upright.content.starter;

import org.junit.jupiter.api.Test;
import org.upright.content.routine.RoutineStep;
import org.upright.content.routine.StepVariant;
import org.upright.content.shared.Slugs;
import org.upright.kernel.i18n.Language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The German starter content is the English one in other words: every item translated, in the same
 * order, naming its original; the same categories, areas, steps, timings, sides, movements, pictures
 * and variants; schedules and related reading pointing at the German versions of the same items; the
 * same length caps as the editors; its own slugs. What a step says about safety stays said.
 */
class StarterContentTranslationsTest {

    private final StarterContent english = StarterContentImporter.read();
    private final StarterContent german = StarterContentImporter.readTranslations().stream()
            .filter(c -> c.inLanguage() == Language.GERMAN).findFirst().orElseThrow();

    @Test
    void everyItemHasAGermanVersionNamingItsOriginal() {
        assertThat(english.inLanguage()).isEqualTo(Language.ENGLISH);
        assertThat(german.articles()).extracting(StarterContent.Article::translationOf)
                .containsExactlyElementsOf(english.articles().stream().map(StarterContent.Article::slug).toList());
        assertThat(german.routines()).extracting(StarterContent.Routine::translationOf)
                .containsExactlyElementsOf(english.routines().stream().map(StarterContent.Routine::slug).toList());
        assertThat(german.programs()).extracting(StarterContent.Program::translationOf)
                .containsExactlyElementsOf(english.programs().stream().map(StarterContent.Program::slug).toList());
        assertThat(english.articles()).hasSize(8);
        assertThat(english.routines()).hasSize(11);
        assertThat(english.programs()).hasSize(2);
    }

    @Test
    void slugsAreValidAndTheirOwn() {
        Set<String> all = new HashSet<>();
        Stream.of(english, german).forEach(c -> Stream.of(
                        c.articles().stream().map(StarterContent.Article::slug),
                        c.routines().stream().map(StarterContent.Routine::slug),
                        c.programs().stream().map(StarterContent.Program::slug))
                .flatMap(Function.identity())
                .forEach(slug -> {
                    assertThat(Slugs.isValid(slug)).as(slug).isTrue();
                    assertThat(all.add(slug)).as(slug + " used twice").isTrue();
                }));
    }

    @Test
    void articlesKeepTheirCategoryAndShape() {
        for (int i = 0; i < english.articles().size(); i++) {
            StarterContent.Article en = english.articles().get(i);
            StarterContent.Article de = german.articles().get(i);
            assertThat(de.category()).as(de.slug()).isEqualTo(en.category());
            assertThat(de.tags()).as(de.slug()).hasSameSizeAs(en.tags()).allSatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(40));
            assertThat(headings(de.body())).as(de.slug() + ": headings").isEqualTo(headings(en.body()));
            assertThat(de.body().lines().filter(l -> l.startsWith("- ") || l.matches("\\d+\\. .*")).count())
                    .as(de.slug() + ": list items").isEqualTo(en.body().lines()
                            .filter(l -> l.startsWith("- ") || l.matches("\\d+\\. .*")).count());
            assertThat(de.body().lines().filter(l -> l.startsWith("|")).count()).as(de.slug() + ": table rows")
                    .isEqualTo(en.body().lines().filter(l -> l.startsWith("|")).count());
            checkCaps(de.slug(), de.title(), de.summary());
            assertThat(de.body()).hasSizeLessThanOrEqualTo(100_000).isNotEqualTo(en.body());
        }
    }

    @Test
    void routinesKeepEveryStepTimingPictureAndVariant() {
        Map<String, String> articleSlugs = translations(english.articles().stream().map(StarterContent.Article::slug).toList(),
                german.articles().stream().map(StarterContent.Article::slug).toList());
        for (int i = 0; i < english.routines().size(); i++) {
            StarterContent.Routine en = english.routines().get(i);
            StarterContent.Routine de = german.routines().get(i);
            assertThat(de.areas()).as(de.slug()).isEqualTo(en.areas());
            assertThat(de.difficulty()).as(de.slug()).isEqualTo(en.difficulty());
            assertThat(de.equipment()).as(de.slug()).isEqualTo(en.equipment());
            assertThat(de.relatedArticles()).as(de.slug())
                    .isEqualTo(en.relatedArticles().stream().map(articleSlugs::get).toList());
            checkCaps(de.slug(), de.title(), de.summary());
            assertThat(de.steps()).as(de.slug()).hasSameSizeAs(en.steps());
            for (int s = 0; s < en.steps().size(); s++) {
                RoutineStep a = en.steps().get(s);
                RoutineStep b = de.steps().get(s);
                String where = de.slug() + " / " + b.title();
                assertThat(List.of(b.holdSeconds(), b.relaxSeconds(), b.repetitions())).as(where)
                        .isEqualTo(List.of(a.holdSeconds(), a.relaxSeconds(), a.repetitions()));
                assertThat(List.of(b.perSide(), b.moving())).as(where).isEqualTo(List.of(a.perSide(), a.moving()));
                assertThat(b.image()).as(where).isEqualTo(a.image());
                assertThat(b.totalSeconds()).as(where).isEqualTo(a.totalSeconds());
                sameVariant(where + " easier", a.easier(), b.easier());
                sameVariant(where + " harder", a.harder(), b.harder());
                assertThat(b.title()).as(where).hasSizeBetween(3, 120);
                assertThat(b.instructions()).as(where).hasSizeLessThanOrEqualTo(2000).isNotEqualTo(a.instructions());
                assertThat(b.safetyCue()).as(where).isNotBlank().hasSizeLessThanOrEqualTo(300).isNotEqualTo(a.safetyCue());
                assertThat(b.imageAlt()).as(where).hasSizeBetween(41, 300).isNotEqualTo(a.imageAlt());
            }
        }
    }

    @Test
    void programsScheduleTheGermanVersionsOfTheSameRoutinesOnTheSameDays() {
        Map<String, String> routineSlugs = translations(english.routines().stream().map(StarterContent.Routine::slug).toList(),
                german.routines().stream().map(StarterContent.Routine::slug).toList());
        Map<String, String> articleSlugs = translations(english.articles().stream().map(StarterContent.Article::slug).toList(),
                german.articles().stream().map(StarterContent.Article::slug).toList());
        for (int i = 0; i < english.programs().size(); i++) {
            StarterContent.Program en = english.programs().get(i);
            StarterContent.Program de = german.programs().get(i);
            assertThat(de.weeks()).isEqualTo(en.weeks());
            assertThat(de.schedule()).as(de.slug()).isEqualTo(en.schedule().stream()
                    .map(d -> new StarterContent.Day(d.day(), d.routines().stream().map(routineSlugs::get).toList()))
                    .toList());
            assertThat(de.relatedArticles()).isEqualTo(en.relatedArticles().stream().map(articleSlugs::get).toList());
            assertThat(de.title()).hasSizeBetween(3, 120);
            assertThat(de.description()).hasSizeLessThanOrEqualTo(4000);
        }
        assertThat(german.programs().get(1).description()).contains("keine Übungen am Boden");
    }

    /** The German counterpart of StarterIsometricsTest: the same steps say the same three things. */
    @Test
    void isometricStepsSayHowHardToPushAndToKeepBreathing() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < english.routines().size(); i++) {
            StarterContent.Routine en = english.routines().get(i);
            StarterContent.Routine de = german.routines().get(i);
            for (int s = 0; s < en.steps().size(); s++) {
                if (!StarterIsometricsTest.ISOMETRIC.contains(en.slug() + " / " + en.steps().get(s).title())) {
                    continue;
                }
                checked++;
                RoutineStep step = de.steps().get(s);
                String text = (step.instructions() + " " + step.safetyCue()).toLowerCase(Locale.GERMAN);
                String name = de.slug() + " / " + step.title();
                if (!text.contains("hälfte") || !text.contains("kraft")) {
                    missing.add(name + ": does not say to start at about half effort");
                }
                if (!text.contains("nie die luft an")) {
                    missing.add(name + ": does not say never to hold the breath");
                }
                if (!text.contains("bluthochdruck")) {
                    missing.add(name + ": does not name high blood pressure");
                }
            }
        }
        assertThat(checked).isEqualTo(StarterIsometricsTest.ISOMETRIC.size());
        assertThat(missing).isEmpty();
    }

    /** The warning signs of the red-flag and extra-care articles, in German. */
    @Test
    void theGermanSafetyArticlesNameEveryWarningSign() {
        String redFlags = body("when-to-see-a-clinician");
        assertThat(redFlags).contains("rufen sie sofort den notruf", "brust", "atemnot", "schweißausbruch", "kiefer",
                "linken arm", "reißender schmerz zwischen den schulterblättern", "blase", "zwischen den beinen",
                "schwäche im bein, die zunimmt", "fieber", "ungewollter gewichtsverlust", "krebserkrankung", "nachts",
                "jünger als 20 oder älter als 50", "steroid", "osteoporose", "gespritzter drogenkonsum",
                "nice-leitlinie ng59", "clinical knowledge summaries", "kribbeln", "112", "999", "911");
        assertThat(body("taking-extra-care")).contains("schwangerschaft", "flach auf dem rücken", "bauchlage",
                "osteoporose", "operation", "ausgerenkt");
        assertThat(body("why-your-mid-back-hurts")).contains("eine verbreitete erklärung", "oft", "schwache zusammenhänge",
                "rufen sie sofort den notruf");
    }

    private String body(String englishSlug) {
        return german.articles().stream().filter(a -> a.translationOf().equals(englishSlug)).findFirst().orElseThrow()
                .body().toLowerCase(Locale.GERMAN);
    }

    private static List<String> headings(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("#")).map(l -> l.replaceAll("\\s.*", "")).toList();
    }

    private static void checkCaps(String where, String title, String summary) {
        assertThat(title).as(where + " title").hasSizeBetween(3, 120);
        assertThat(summary).as(where + " summary").isNotBlank().hasSizeLessThanOrEqualTo(300);
    }

    private static void sameVariant(String where, StepVariant english, StepVariant german) {
        assertThat(german == null).as(where).isEqualTo(english == null);
        if (english != null) {
            assertThat(List.of(german.holdSeconds(), german.repetitions())).as(where)
                    .isEqualTo(List.of(english.holdSeconds(), english.repetitions()));
            assertThat(german.instructions()).as(where).hasSizeLessThanOrEqualTo(600).isNotEqualTo(english.instructions());
        }
    }

    private static Map<String, String> translations(List<String> english, List<String> german) {
        assertThat(german).hasSameSizeAs(english);
        return java.util.stream.IntStream.range(0, english.size()).boxed()
                .collect(Collectors.toMap(english::get, german::get, (a, b) -> a));
    }
}
