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
        assertThat(before.get("article")).isGreaterThanOrEqualTo(6);
        assertThat(before.get("routine")).isGreaterThanOrEqualTo(6);
        assertThat(before.get("program")).isGreaterThanOrEqualTo(2);
    }

    /** Starter items only: other tests add content of their own to the shared database. */
    private Map<String, Long> counts() {
        return Map.of(
                "article", count("article"), "routine", count("routine"), "program", count("program"),
                "versions", jdbc.sql("select count(*) from routine_version v join routine r on r.id = v.routine_id"
                        + " where r.author = 'Upright team'").query(Long.class).single());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where author = 'Upright team' and status = 'PUBLISHED'")
                .query(Long.class).single();
    }
}
