package org.upright.content.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.upright.content.ContentFixtures;
import org.upright.content.ContentTestApp;
import org.upright.content.article.ArticleCard;
import org.upright.content.article.ArticleCategory;
import org.upright.content.article.ArticleDetails;
import org.upright.content.article.ArticleDraft;
import org.upright.content.article.ArticleService;
import org.upright.content.program.ProgramDetails;
import org.upright.content.program.ProgramDraft;
import org.upright.content.program.ProgramService;
import org.upright.content.program.ProgramSummary;
import org.upright.content.program.ScheduleEntry;
import org.upright.content.routine.RoutineCard;
import org.upright.content.routine.RoutineDetails;
import org.upright.content.routine.RoutineDraft;
import org.upright.content.routine.RoutineRef;
import org.upright.content.routine.RoutineService;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.validation.InvalidInputException;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Members see their language first and fall back to English: a German reader gets the German
 * version of a topic instead of its English original, English items without a German version, and
 * nothing in other languages; an English reader sees English only. Against the shared test database,
 * so the checks look at this test's own items (and at the starter content, which is imported at start).
 */
@SpringBootTest(classes = ContentTestApp.class)
@WithMockUser(username = "editor", roles = "ADMIN")
class ContentLanguagesTest {

    @Autowired
    ArticleService articles;
    @Autowired
    RoutineService routines;
    @Autowired
    ProgramService programs;
    @Autowired
    TranslationOriginals originals;

    @AfterEach
    void englishAgain() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aGermanReaderSeesTheGermanVersionFirstAndEnglishItemsWithoutOne() {
        String word = "zz" + ContentFixtures.unique("").strip().replace("-", "");
        ArticleDetails original = published(ContentFixtures.article(ContentFixtures.unique("Chest opener"), "Summary " + word,
                "Stretch the chest."));
        ArticleDetails german = published(german(ContentFixtures.article(ContentFixtures.unique("Brustöffner"),
                "Zusammenfassung " + word, "Dehnen Sie die Brust."), original.id()));
        ArticleDetails englishOnly = published(ContentFixtures.article(ContentFixtures.unique("Desk breaks"),
                "Summary " + word, "Stand up often."));
        ArticleDetails germanOnly = published(german(ContentFixtures.article(ContentFixtures.unique("Nur deutsch"),
                "Zusammenfassung " + word, "Nur auf Deutsch."), null));

        List<Long> forGerman = as(Locale.GERMAN, () -> ids(articles.listPublished(null, 100)));
        assertThat(forGerman).contains(german.id(), englishOnly.id(), germanOnly.id()).doesNotContain(original.id());
        List<ArticleCard> germanCards = as(Locale.GERMAN, () -> articles.listPublished(null, 100));
        assertThat(germanCards).extracting(ArticleCard::language).isSortedAccordingTo((a, b) ->
                Boolean.compare(a != Language.GERMAN, b != Language.GERMAN));

        List<Long> forEnglish = as(Locale.ENGLISH, () -> ids(articles.listPublished(null, 100)));
        assertThat(forEnglish).contains(original.id(), englishOnly.id()).doesNotContain(german.id(), germanOnly.id());
        assertThat(as(Locale.ENGLISH, () -> articles.listPublished(null, 100)))
                .extracting(ArticleCard::language).containsOnly(Language.ENGLISH);

        // search: the same rules, German words stemmed as German ("Brust" finds "Brustöffner"'s body)
        List<Long> found = as(Locale.GERMAN, () -> ids(articles.searchPublished(word, null, 100)));
        assertThat(found).containsExactlyInAnyOrder(german.id(), germanOnly.id(), englishOnly.id());
        assertThat(found.getLast()).as("English after German").isEqualTo(englishOnly.id());
        assertThat(as(Locale.ENGLISH, () -> ids(articles.searchPublished(word, null, 100))))
                .containsExactlyInAnyOrder(original.id(), englishOnly.id());
        assertThat(as(Locale.GERMAN, () -> ids(articles.searchPublished("dehnen", ArticleCategory.DAILY_HABITS, 100))))
                .contains(german.id());
    }

    @Test
    void anUnpublishedTranslationLeavesTheEnglishOriginalInTheList() {
        ArticleDetails original = published(ContentFixtures.article());
        ArticleDetails draft = articles.create(german(ContentFixtures.article(), original.id()));
        assertThat(as(Locale.GERMAN, () -> ids(articles.listPublished(null, 100))))
                .contains(original.id()).doesNotContain(draft.id());
    }

    @Test
    void routinesAndProgramsFollowTheSameRules() {
        RoutineDetails original = publishedRoutine(ContentFixtures.routine());
        RoutineDetails german = publishedRoutine(ContentFixtures.routine().withLanguage(Language.GERMAN, original.id()));
        RoutineDetails englishOnly = publishedRoutine(ContentFixtures.routine());

        assertThat(as(Locale.GERMAN, () -> routines.listPublished(null)).stream().map(RoutineCard::id).toList())
                .contains(german.id(), englishOnly.id()).doesNotContain(original.id());
        assertThat(as(Locale.ENGLISH, () -> routines.listPublished(null)).stream().map(RoutineCard::id).toList())
                .contains(original.id(), englishOnly.id()).doesNotContain(german.id());

        ProgramDetails englishProgram = publishedProgram(ContentFixtures.program(1, List.of(new ScheduleEntry(1, original.id()))));
        ProgramDetails germanProgram = publishedProgram(ContentFixtures.program(1, List.of(new ScheduleEntry(1, german.id())))
                .withLanguage(Language.GERMAN, englishProgram.id()));
        assertThat(as(Locale.GERMAN, () -> programs.listPublished()).stream().map(ProgramSummary::id).toList())
                .contains(germanProgram.id()).doesNotContain(englishProgram.id());
        assertThat(as(Locale.ENGLISH, () -> programs.listPublished()).stream().map(ProgramSummary::id).toList())
                .contains(englishProgram.id()).doesNotContain(germanProgram.id());
        assertThat(programs.listPublishedInEveryLanguage()).extracting(ProgramSummary::id)
                .contains(englishProgram.id(), germanProgram.id());
        // members enrolled in the English program keep it, whatever they read
        assertThat(as(Locale.GERMAN, () -> programs.findPublished(englishProgram.id()))).isPresent();
    }

    @Test
    void anArticlePageListsRoutinesThatRecommendAnyVersionOfIt() {
        ArticleDetails original = published(ContentFixtures.article());
        ArticleDetails german = published(german(ContentFixtures.article(), original.id()));
        RoutineDetails englishRoutine = publishedRoutine(withArticles(ContentFixtures.routine(), original.id()));
        RoutineDetails germanRoutine = publishedRoutine(withArticles(ContentFixtures.routine(), german.id())
                .withLanguage(Language.GERMAN, englishRoutine.id()));

        assertThat(as(Locale.GERMAN, () -> routines.findPublishedRelatedToArticle(original.id())))
                .extracting(RoutineRef::id).containsExactly(germanRoutine.id());
        assertThat(as(Locale.ENGLISH, () -> routines.findPublishedRelatedToArticle(german.id())))
                .extracting(RoutineRef::id).containsExactly(englishRoutine.id());
    }

    @Test
    void aTranslationNamesOneEnglishOriginalOfItsKind() {
        ArticleDetails original = articles.create(ContentFixtures.article());
        ArticleDetails german = articles.create(german(ContentFixtures.article(), original.id()));
        assertThat(german.language()).isEqualTo(Language.GERMAN);
        assertThat(german.translationOf()).isEqualTo(original.id());
        assertThat(articles.findForEditing(german.id()).orElseThrow().toDraft()).isEqualTo(
                german.toDraft());

        assertThat(problem(() -> articles.create(ContentFixtures.article().withLanguage(Language.ENGLISH, original.id())),
                "translationOf")).isEqualTo("An English item is not a translation: choose another language or no original.");
        assertThat(problem(() -> articles.create(german(ContentFixtures.article(), german.id())), "translationOf"))
                .isEqualTo("The original must be written in English.");
        assertThat(problem(() -> articles.create(german(ContentFixtures.article(), original.id())), "translationOf"))
                .isEqualTo("Another item is already the Deutsch version of this original.");
        assertThat(problem(() -> articles.create(german(ContentFixtures.article(), Long.MAX_VALUE)), "translationOf"))
                .startsWith("There is no such original");
        assertThat(problem(() -> articles.update(german.id(), german.lockVersion(), german.toDraft()
                .withLanguage(Language.GERMAN, german.id())), "translationOf")).startsWith("There is no such original");
        assertThat(problem(() -> articles.update(original.id(), original.lockVersion(), original.toDraft()
                .withLanguage(Language.GERMAN, null)), "language"))
                .isEqualTo("Other items are translations of this one, so it stays in English.");
        // the messages follow the admin's language
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(problem(() -> articles.create(german(ContentFixtures.article(), german.id())), "translationOf"))
                .isEqualTo("Das Original muss auf Englisch geschrieben sein.");
        LocaleContextHolder.resetLocaleContext();

        assertThat(originals.of(ContentKind.ARTICLE)).extracting(TranslationOriginals.Original::id)
                .contains(original.id()).doesNotContain(german.id());
        assertThat(articles.create(ContentFixtures.article()).language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void theStarterContentIsThereInBothLanguagesForTheirReaders() {
        List<String> germanRoutines = as(Locale.GERMAN, () -> routines.listPublished(null)).stream()
                .map(RoutineCard::slug).toList();
        assertThat(germanRoutines).contains("wanddruecken", "rumpf-grundlagen").doesNotContain("wall-press", "core-basics");
        List<String> englishRoutines = as(Locale.ENGLISH, () -> routines.listPublished(null)).stream()
                .map(RoutineCard::slug).toList();
        assertThat(englishRoutines).contains("wall-press", "core-basics").doesNotContain("wanddruecken");
        assertThat(as(Locale.GERMAN, () -> programs.listPublished())).extracting(ProgramSummary::slug)
                .contains("neustart-fuer-den-mittleren-ruecken").doesNotContain("mid-back-reset");
        assertThat(as(Locale.GERMAN, () -> articles.listPublished(null, 100))).extracting(ArticleCard::slug)
                .contains("wann-aerztlicher-rat-noetig-ist").doesNotContain("when-to-see-a-clinician");
        assertThat(as(Locale.GERMAN, () -> ids(articles.searchPublished("Schulterblätter", null, 100)))).isNotEmpty();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static ArticleDraft german(ArticleDraft draft, Long original) {
        return draft.withLanguage(Language.GERMAN, original);
    }

    private static RoutineDraft withArticles(RoutineDraft d, long articleId) {
        return new RoutineDraft(d.slug(), d.title(), d.summary(), d.areas(), d.difficulty(), d.equipment(), d.author(),
                d.steps(), List.of(articleId), d.language(), d.translationOf());
    }

    private ArticleDetails published(ArticleDraft draft) {
        ArticleDetails created = articles.create(draft);
        return articles.publish(created.id(), created.lockVersion());
    }

    private RoutineDetails publishedRoutine(RoutineDraft draft) {
        RoutineDetails created = routines.create(draft);
        return routines.publish(created.id(), created.lockVersion());
    }

    private ProgramDetails publishedProgram(ProgramDraft draft) {
        ProgramDetails created = programs.create(draft);
        return programs.publish(created.id(), created.lockVersion());
    }

    private static <T> T as(Locale reader, Supplier<T> read) {
        LocaleContextHolder.setLocale(reader);
        try {
            return read.get();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static List<Long> ids(List<ArticleCard> cards) {
        return cards.stream().map(ArticleCard::id).toList();
    }

    private static String problem(Runnable call, String field) {
        return catchThrowableOfType(InvalidInputException.class, call::run).messageFor(field).orElse(null);
    }
}
