package org.upright.content.starter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.upright.content.ContentTestApp;
import org.upright.content.article.ArticleService;
import org.upright.content.program.ProgramService;
import org.upright.content.program.ProgramView;
import org.upright.content.routine.PublishedRoutine;
import org.upright.content.routine.RoutineService;
import org.upright.content.routine.RoutineStep;
import org.upright.kernel.i18n.Language;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The context start already ran the import (it is a StartupTask); check its result. */
@SpringBootTest(classes = ContentTestApp.class)
@WithMockUser(username = "mia", roles = "MEMBER")
class StarterContentImporterTest {

    @Autowired
    StarterContentImporter importer;
    @Autowired
    ArticleService articles;
    @Autowired
    RoutineService routines;
    @Autowired
    ProgramService programs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyStarterItemIsPublishedByTheUprightTeam() {
        StarterContent content = StarterContentImporter.read();
        assertThat(content.articles()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(content.routines()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(content.programs()).hasSizeGreaterThanOrEqualTo(2);
        content.articles().forEach(a -> assertThat(articles.findPublishedBySlug(a.slug()))
                .hasValueSatisfying(p -> assertThat(p.author()).isEqualTo("Upright team")));
        content.routines().forEach(r -> assertThat(routines.findPublishedBySlug(r.slug()))
                .hasValueSatisfying(p -> assertThat(p.steps()).hasSize(r.steps().size())));
        content.programs().forEach(p -> assertThat(programs.findPublishedBySlug(p.slug()))
                .hasValueSatisfying(v -> assertThat(v.schedule()).hasSize(p.schedule().size())));
    }

    @Test
    void everyGermanItemIsPublishedOnceAsTheTranslationOfItsEnglishOriginal() {
        StarterContent german = StarterContentImporter.readTranslations().getFirst();
        assertThat(german.inLanguage()).isEqualTo(Language.GERMAN);
        german.articles().forEach(a -> assertTranslation("article", "ARTICLE", a.slug(), a.translationOf()));
        german.routines().forEach(r -> {
            assertTranslation("routine", "ROUTINE", r.slug(), r.translationOf());
            assertThat(routines.findPublishedBySlug(r.slug())).as(r.slug())
                    .hasValueSatisfying(p -> assertThat(p.steps()).isEqualTo(r.steps()));
        });
        german.programs().forEach(p -> {
            assertTranslation("program", "PROGRAM", p.slug(), p.translationOf());
            ProgramView view = programs.findPublishedBySlug(p.slug()).orElseThrow();
            assertThat(view.schedule()).hasSize(p.schedule().size());
            assertThat(view.routinesOn(1)).extracting(r -> r.slug()).containsExactlyElementsOf(p.schedule().getFirst().routines());
        });
        assertThat(routines.findPublishedBySlug("wanddruecken").orElseThrow().relatedArticles())
                .extracting(r -> r.slug()).first().isEqualTo("wanddruecken-sicher-ausfuehren");
        // the English items stay English and translate nothing
        StarterContentImporter.read().articles().forEach(a -> assertThat(jdbc.sql(
                        "select language || ':' || coalesce(translation_of::text, '-') from article where slug = ?")
                .param(a.slug()).query(String.class).single()).isEqualTo("en:-"));
    }

    private void assertTranslation(String table, String kind, String slug, String originalSlug) {
        Map<String, Object> row = jdbc.sql("select t.language, t.status, t.author, o.slug as original, o.language as original_language"
                        + " from " + table + " t join " + table + " o on o.id = t.translation_of where t.slug = ?")
                .param(slug).query().singleRow();
        assertThat(row).as(slug).containsEntry("language", "de").containsEntry("status", "PUBLISHED")
                .containsEntry("author", "Upright team").containsEntry("original", originalSlug)
                .containsEntry("original_language", "en");
        assertThat(jdbc.sql("select count(*) from content_starter_import where kind = ? and slug = ?")
                .params(kind, slug).query(Long.class).single()).as(slug).isEqualTo(1L);
    }

    @Test
    void everyRoutineStepHasASafetyCueAndTheWallPressFollowsTheModel() {
        PublishedRoutine wallPress = routines.findPublishedBySlug("wall-press").orElseThrow();
        assertThat(wallPress.steps()).allSatisfy(s -> assertThat(s.safetyCue()).isNotBlank());
        RoutineStep press = wallPress.steps().stream().filter(s -> s.title().equals("Press and hold")).findFirst().orElseThrow();
        assertThat(press.holdSeconds()).isBetween(15, 20);
        assertThat(press.repetitions()).isBetween(2, 3);
        assertThat(wallPress.relatedArticles()).isNotEmpty();
        StarterContentImporter.read().routines().forEach(r ->
                assertThat(r.steps()).allSatisfy(s -> assertThat(s.safetyCue()).isNotBlank()));
        assertThat(routines.findPublishedBySlug("hip-flexor-stretch").orElseThrow().steps()).anyMatch(RoutineStep::perSide);
    }

    @Test
    void programsScheduleEveryDayOfTheirWeeks() {
        ProgramView midBack = programs.findPublishedBySlug("mid-back-reset").orElseThrow();
        assertThat(midBack.weeks()).isEqualTo(4);
        assertThat(midBack.schedule()).hasSize(28);
        assertThat(midBack.routinesOn(1)).extracting(r -> r.slug()).containsExactly("wall-press");
    }

    @Test
    void importingAgainChangesNothing() {
        Map<String, Long> before = counts();
        assertThat(importer.importMissing()).isZero();
        assertThat(counts()).isEqualTo(before);
        assertThat(before.get("article")).isGreaterThanOrEqualTo(16);
        assertThat(before.get("routine")).isGreaterThanOrEqualTo(22);
        assertThat(before.get("program")).isGreaterThanOrEqualTo(4);
        assertThat(count("article", "de")).isEqualTo(StarterContentImporter.readTranslations().getFirst().articles().size());
        assertThat(count("routine", "de")).isEqualTo(StarterContentImporter.readTranslations().getFirst().routines().size());
        assertThat(count("program", "de")).isEqualTo(StarterContentImporter.readTranslations().getFirst().programs().size());
    }

    @Test
    void aNewerRevisionReachesItemsNoAdminHasTouched() {
        // an install that imported an older revision: the article's text differs, its lock version does not
        String slug = "desk-posture-habits";
        jdbc.sql("update article set title = 'Older title' where slug = ?").param(slug).update();
        // and a row from before revisions and lock versions were recorded
        jdbc.sql("update content_starter_import set revision = 0, lock_version = null where kind = 'ARTICLE' and slug = ?")
                .param(slug).update();

        assertThat(importer.importMissing()).isEqualTo(1);

        assertThat(articles.findPublishedBySlug(slug).orElseThrow().title()).isNotEqualTo("Older title");
        assertThat(importRow("ARTICLE", slug)).containsEntry("revision", 1);
        assertThat(importer.importMissing()).isZero();
    }

    @Test
    void aNewerRevisionOfARoutinePublishesANewVersionAndKeepsTheOldOne() {
        // an install that imported (and published) an older revision of the routine
        String slug = "neck-shoulder-release";
        PublishedRoutine current = routines.findPublishedBySlug(slug).orElseThrow();
        long oldLock = org.upright.kernel.actor.Actors.callAsSystem(() -> {
            var details = routines.findForEditingBySlug(slug).orElseThrow();
            var steps = new java.util.ArrayList<>(details.steps());
            steps.set(0, new RoutineStep("Old circles", "Circle your shoulders.", 20, 5, 3, false, "Gently."));
            var old = routines.update(details.id(), details.lockVersion(), new org.upright.content.routine.RoutineDraft(
                    details.slug(), details.title(), details.summary(), details.areas(), details.difficulty(),
                    details.equipment(), details.author(), steps, details.relatedArticleIds()));
            return routines.publish(old.id(), old.lockVersion()).lockVersion();
        });
        PublishedRoutine before = routines.findPublishedBySlug(slug).orElseThrow();
        jdbc.sql("update content_starter_import set revision = 1, lock_version = ? where kind = 'ROUTINE' and slug = ?")
                .params(oldLock, slug).update();

        assertThat(importer.importMissing()).isEqualTo(1);

        PublishedRoutine after = routines.findPublishedBySlug(slug).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.steps()).isEqualTo(current.steps());
        assertThat(routines.findVersion(before.id(), before.version()).orElseThrow().steps().getFirst().title())
                .isEqualTo("Old circles");
        assertThat(importRow("ROUTINE", slug).get("revision")).isEqualTo(revisionOf(slug));
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void itemsAnAdminEditedKeepTheAdminsText() {
        String slug = "rating-your-pain";
        var edited = articles.findForEditingBySlug(slug).orElseThrow();
        var mine = articles.update(edited.id(), edited.lockVersion(), new org.upright.content.article.ArticleDraft(
                edited.slug(), "Our own pain scale guide", edited.summary(), edited.body(), edited.category(),
                edited.tags(), "ada"));
        jdbc.sql("update content_starter_import set revision = 0 where kind = 'ARTICLE' and slug = ?").param(slug).update();

        assertThat(importer.importMissing()).isZero();

        assertThat(articles.findForEditingBySlug(slug).orElseThrow().title()).isEqualTo("Our own pain scale guide");
        assertThat(importRow("ARTICLE", slug)).containsEntry("revision", 1);
        articles.update(mine.id(), mine.lockVersion(), edited.toDraft());
    }

    @Test
    void freshImportsRecordTheLockVersionTheyLeave() {
        // rows from before lock versions were recorded are trusted to have this one
        assertThat(importRow("PROGRAM", "desk-neck-shoulders"))
                .containsEntry("lock_version", StarterContentImporter.IMPORTED_LOCK_VERSION);
        assertThat(importRow("ROUTINE", "hip-flexor-stretch"))
                .containsEntry("lock_version", StarterContentImporter.IMPORTED_LOCK_VERSION);
        assertThat(importRow("ARTICLE", "four-keys-to-mid-back-relief"))
                .containsEntry("lock_version", StarterContentImporter.IMPORTED_LOCK_VERSION);
    }

    @Test
    void theMidBackProgramProgressesAndTheDeskProgramStaysOffTheFloor() {
        ProgramView midBack = programs.findPublishedBySlug("mid-back-reset").orElseThrow();
        java.util.function.IntFunction<java.util.Set<String>> week = w -> java.util.stream.IntStream
                .rangeClosed(w * 7 - 6, w * 7).boxed().flatMap(d -> midBack.routinesOn(d).stream())
                .map(r -> r.slug()).collect(java.util.stream.Collectors.toSet());
        assertThat(week.apply(3)).isNotEqualTo(week.apply(2)).contains("wall-press-longer-holds", "core-builder",
                "upper-back-builder");
        assertThat(week.apply(4)).doesNotContain("wall-press", "core-basics", "upper-back-strength");
        RoutineStep press = routines.findPublishedBySlug("wall-press").orElseThrow().steps().get(1);
        RoutineStep longer = routines.findPublishedBySlug("wall-press-longer-holds").orElseThrow().steps().get(1);
        assertThat(longer.holdSeconds()).isGreaterThan(press.holdSeconds());

        ProgramView desk = programs.findPublishedBySlug("desk-neck-shoulders").orElseThrow();
        desk.schedule().stream().flatMap(d -> d.routines().stream()).map(r -> r.slug()).distinct().forEach(slug ->
                assertThat(routines.findPublishedBySlug(slug).orElseThrow().equipment()).as(slug)
                        .isNotEqualTo(org.upright.content.routine.Equipment.MAT));
        assertThat(desk.description()).contains("no floor work");
    }

    @Test
    void everyStarterStepHasADescribedPictureAndVariantsAreTheRightWayRound() {
        StarterContentImporter.read().routines().forEach(r -> r.steps().forEach(s -> {
            assertThat(s.image()).as(r.slug() + " / " + s.title()).startsWith("figure:");
            assertThat(s.imageAlt()).as(r.slug() + " / " + s.title()).hasSizeGreaterThan(40);
            if (s.harder() != null) {
                assertThat(s.harder().holdSeconds() * s.harder().repetitions())
                        .isGreaterThanOrEqualTo(s.holdSeconds() * s.repetitions());
            }
            if (s.easier() != null) {
                assertThat(s.easier().holdSeconds() * s.easier().repetitions())
                        .isLessThanOrEqualTo(s.holdSeconds() * s.repetitions());
            }
        }));
        PublishedRoutine neck = routines.findPublishedBySlug("neck-shoulder-release").orElseThrow();
        assertThat(neck.steps().getFirst().moving()).isTrue();
        assertThat(neck.steps().get(1).moving()).isFalse();
        assertThat(routines.findPublishedBySlug("wall-press").orElseThrow().steps().get(1).easier()).isNotNull();
    }

    @Test
    void theRedFlagArticleCoversHeartAortaAndTheGuidelineItems() {
        String body = articles.findPublishedBySlug("when-to-see-a-clinician").orElseThrow().html().toLowerCase();
        assertThat(body).contains("call emergency services now", "chest pain", "breathless", "sweating", "jaw",
                "left arm", "tearing", "between the shoulder blades", "bladder", "between your legs",
                "leg weakness that is getting worse", "fever", "unexplained weight loss", "history of cancer",
                "significant trauma", "at night", "under 20 or over 50", "steroid", "osteoporosis",
                "injected drug use", "nice guideline ng59", "clinical knowledge summaries", "pins and needles");
        String care = articles.findPublishedBySlug("taking-extra-care").orElseThrow().html().toLowerCase();
        assertThat(care).contains("pregnancy", "lying flat on your back", "face-down", "osteoporosis", "surgery",
                "dislocated");
        String why = articles.findPublishedBySlug("why-your-mid-back-hurts").orElseThrow().html().toLowerCase();
        assertThat(why).contains("one common explanation", "often", "weak connections");
    }

    private Map<String, Object> importRow(String kind, String slug) {
        return jdbc.sql("select revision, lock_version from content_starter_import where kind = ? and slug = ?")
                .params(kind, slug).query().singleRow();
    }

    private static int revisionOf(String routineSlug) {
        return StarterContentImporter.read().routines().stream().filter(r -> r.slug().equals(routineSlug))
                .findFirst().orElseThrow().revision();
    }

    /** Starter items only: other tests add content of their own to the shared database. */
    private Map<String, Long> counts() {
        return Map.of(
                "article", count("article"), "routine", count("routine"), "program", count("program"),
                "versions", jdbc.sql("select count(*) from routine_version v join routine r on r.id = v.routine_id"
                        + " where r.author = 'Upright team'").query(Long.class).single());
    }

    private long count(String table, String language) {
        return jdbc.sql("select count(*) from " + table + " where author = 'Upright team' and status = 'PUBLISHED'"
                + " and language = ?").param(language).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where author = 'Upright team' and status = 'PUBLISHED'")
                .query(Long.class).single();
    }
}
