package org.upright.content.routine;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.upright.content.ContentFixtures;
import org.upright.content.ContentTestApp;
import org.upright.content.RecordedEvents;
import org.upright.content.article.ArticleDetails;
import org.upright.content.article.ArticleRef;
import org.upright.content.article.ArticleService;
import org.upright.kernel.BodyArea;
import org.upright.content.shared.ContentStatus;
import org.upright.content.shared.EditConflictException;
import org.upright.kernel.validation.FieldProblem;
import org.upright.kernel.validation.InvalidInputException;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.upright.content.ContentFixtures.step;

@SpringBootTest(classes = ContentTestApp.class)
@WithMockUser(username = "editor", roles = "ADMIN")
class RoutineServiceTest {

    @Autowired
    RoutineService routines;
    @Autowired
    ArticleService articles;
    @Autowired
    RecordedEvents events;
    @Autowired
    JdbcClient jdbc;

    @Test
    void reportsStepProblemsWithTheStepAndFieldName() {
        RoutineDraft bad = ContentFixtures.routine(List.of(
                step("Fine", 20, 10, 3, false),
                step("Bad", 4, 121, 21, false),
                new RoutineStep("ok title", "", 301, -1, 0, true, " ", "javascript:alert(1)", "A picture", false,
                        new StepVariant(" ", 2, 0), null),
                new RoutineStep("Picture", "Do it", 20, 10, 3, false, "Gently", "figure:wall-press-hold", null, false,
                        null, null)));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> routines.create(bad));
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "steps[1].holdSeconds", "steps[1].relaxSeconds", "steps[1].repetitions",
                "steps[2].instructions", "steps[2].holdSeconds", "steps[2].relaxSeconds", "steps[2].repetitions",
                "steps[2].safetyCue", "steps[2].image", "steps[2].easier.instructions", "steps[2].easier.holdSeconds",
                "steps[2].easier.repetitions", "steps[3].imageDescribed");
        assertThat(e.messageFor("steps[1].holdSeconds")).contains("Hold must be 5–300 seconds");
        assertThat(e.messageFor("steps[1].relaxSeconds")).contains("Relax must be 0–120 seconds");
        assertThat(e.messageFor("steps[1].repetitions")).contains("Repetitions must be 1–20");

        RoutineDraft empty = new RoutineDraft("", "No", "S", Set.of(), null, null, "A", List.of(), List.of());
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> routines.create(empty)).problems())
                .extracting(FieldProblem::field).contains("title", "areas", "difficulty", "equipment", "steps");
    }

    @Test
    void boundaryValuesAreAccepted() {
        RoutineDetails r = routines.create(ContentFixtures.routine(List.of(step("Min", 5, 0, 1, false),
                step("Max", 300, 120, 20, true))));
        assertThat(r.totalSeconds()).isEqualTo((5 + 5) + 2 * (5 + 20 * 420));
    }

    @Test
    void publishingAChangedRoutineCreatesANewVersionAndKeepsTheOld() {
        RoutineDetails draft = routines.create(ContentFixtures.routine());
        assertThat(draft.publishedVersion()).isNull();
        assertThat(draft.unpublishedChanges()).isTrue();
        assertThat(routines.findPublished(draft.id())).isEmpty();

        RoutineDetails v1 = routines.publish(draft.id(), draft.lockVersion());
        assertThat(v1.publishedVersion()).isEqualTo(1);
        assertThat(v1.unpublishedChanges()).isFalse();
        PublishedRoutine published1 = routines.findPublishedBySlug(draft.slug()).orElseThrow();
        assertThat(published1.version()).isEqualTo(1);
        assertThat(published1.totalSeconds()).isEqualTo((5 + 3 * 30) + 2 * (5 + 2 * 30));
        assertThat(published1.steps()).extracting(RoutineStep::title).containsExactly("Wall press", "Hip flexor");

        // editing the working copy does not change what members see
        List<RoutineStep> changedSteps = List.of(step("Hip flexor", 30, 0, 2, true), step("Wall press", 20, 10, 2, false),
                step("Chest opener", 15, 5, 2, false));
        RoutineDetails edited = routines.update(draft.id(), v1.lockVersion(), withSteps(v1.toDraft(), changedSteps));
        assertThat(edited.unpublishedChanges()).isTrue();
        assertThat(edited.status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(routines.findPublished(draft.id()).orElseThrow().version()).isEqualTo(1);

        RoutineDetails v2 = routines.publish(draft.id(), edited.lockVersion());
        assertThat(v2.publishedVersion()).isEqualTo(2);
        assertThat(routines.findPublished(draft.id()).orElseThrow().steps()).extracting(RoutineStep::title)
                .containsExactly("Hip flexor", "Wall press", "Chest opener");
        RoutineVersionView old = routines.findVersion(draft.id(), 1).orElseThrow();
        assertThat(old.steps()).extracting(RoutineStep::title).containsExactly("Wall press", "Hip flexor");
        assertThat(old.totalSeconds()).isEqualTo(published1.totalSeconds());
        assertThat(routines.findVersion(draft.id(), 3)).isEmpty();

        assertThatThrownBy(() -> routines.publish(draft.id(), v2.lockVersion()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Version 2 is already published");

        // unpublish and publish again without changes: the same version comes back
        RoutineDetails hidden = routines.unpublish(draft.id(), v2.lockVersion());
        assertThat(routines.findPublishedBySlug(draft.slug())).isEmpty();
        assertThat(routines.findVersion(draft.id(), 2)).isPresent();
        assertThat(routines.publish(draft.id(), hidden.lockVersion()).publishedVersion()).isEqualTo(2);

        assertThat(events.about("ROUTINE", draft.id())).extracting(r -> r.event().from() + ">" + r.event().to())
                .containsExactly("DRAFT>PUBLISHED", "PUBLISHED>PUBLISHED", "PUBLISHED>DRAFT", "DRAFT>PUBLISHED");
    }

    @Test
    void publishedVersionsCannotBeRewrittenEvenInSql() {
        RoutineDetails r = routines.create(ContentFixtures.routine());
        routines.publish(r.id(), r.lockVersion());
        assertThatThrownBy(() -> jdbc.sql("update routine_version_step set hold_seconds = 99 where routine_id = ?")
                .param(r.id()).update()).hasMessageContaining("immutable");
    }

    @Test
    void staleSaveIsAConflict() {
        RoutineDetails loaded = routines.create(ContentFixtures.routine());
        routines.update(loaded.id(), loaded.lockVersion(), withSteps(loaded.toDraft(), List.of(step("Theirs", 10, 0, 1, false))));
        assertThatThrownBy(() -> routines.update(loaded.id(), loaded.lockVersion(), loaded.toDraft()))
                .isInstanceOf(EditConflictException.class);
        assertThat(routines.findForEditing(loaded.id()).orElseThrow().steps()).extracting(RoutineStep::title)
                .containsExactly("Theirs");
    }

    @Test
    void catalogueAndRelatedReadingShowOnlyPublishedItems() {
        ArticleDetails article = articles.create(ContentFixtures.article());
        ArticleDetails publishedArticle = articles.publish(article.id(), article.lockVersion());
        ArticleDetails draftArticle = articles.create(ContentFixtures.article());
        RoutineDraft withReading = new RoutineDraft("", ContentFixtures.unique("Neck release"), "S", Set.of(BodyArea.NECK),
                Difficulty.BEGINNER, Equipment.CHAIR, "A", List.of(step("Tilt", 20, 5, 2, true)),
                List.of(draftArticle.id(), publishedArticle.id()));
        RoutineDetails r = routines.create(withReading);
        assertThat(routines.findPublishedRelatedToArticle(publishedArticle.id())).isEmpty();
        routines.publish(r.id(), r.lockVersion());

        PublishedRoutine read = routines.findPublished(r.id()).orElseThrow();
        assertThat(read.relatedArticles()).extracting(ArticleRef::id).containsExactly(publishedArticle.id());
        assertThat(routines.findPublishedRelatedToArticle(publishedArticle.id())).extracting(RoutineRef::id)
                .containsExactly(r.id());
        assertThat(routines.listPublished(BodyArea.NECK)).extracting(RoutineCard::id).contains(r.id());
        assertThat(routines.listPublished(BodyArea.CORE)).extracting(RoutineCard::id).doesNotContain(r.id());
        assertThat(routines.findPublishedRefs(List.of(r.id()))).containsExactly(
                new RoutineRef(r.id(), r.slug(), r.title(), read.totalSeconds()));
    }

    @Test
    @WithMockUser(username = "mia", roles = "MEMBER")
    void membersCannotWriteOrSeeDrafts() {
        assertThatThrownBy(() -> routines.create(ContentFixtures.routine())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> routines.listSchedulable()).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(routines.listPublished(null)).isNotNull();
    }

    private static RoutineDraft withSteps(RoutineDraft d, List<RoutineStep> steps) {
        return new RoutineDraft(d.slug(), d.title(), d.summary(), d.areas(), d.difficulty(), d.equipment(), d.author(),
                steps, d.relatedArticleIds());
    }
}
