package org.upright.portal.content.routine.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.content.routine.RoutineDetails;
import org.upright.content.routine.RoutineService;
import org.upright.content.routine.RoutineStep;
import org.upright.kernel.BodyArea;
import org.upright.content.shared.Slugs;
import org.upright.kernel.Role;
import org.upright.portal.content.ContentViewTest;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RoutineEditorViewTest extends ContentViewTest {

    @Autowired
    RoutineService routines;

    @BeforeEach
    void signInAsAdmin() {
        signInAs(Role.ADMIN);
    }

    @Test
    void stepsCanBeAddedMovedAndRemovedWithALiveTotal() {
        navigate("admin/routines/new", RoutineEditorView.class);
        assertThat(total()).isEqualTo("No steps yet: add the first one.");
        addStep("Wall press", 20, 10, 3);   // 5 + 3 × 30 = 95 s
        addStep("Chest opener", 30, 0, 2);  // 5 + 60 = 65 s
        assertThat(total()).isEqualTo("Total time: 2 min 40 s · 2 steps");

        test(rows().get(1).up).click();
        assertThat(stepTitles()).containsExactly("Chest opener", "Wall press");
        assertThat(rows().get(0).up.isEnabled()).isFalse();
        test(rows().get(0).remove).click();
        assertThat(stepTitles()).containsExactly("Wall press");
        assertThat(total()).isEqualTo("Total time: 1 min 35 s · 1 step");
    }

    @Test
    void badStepNumbersAreShownOnTheStepAndNothingIsLost() {
        navigate("admin/routines/new", RoutineEditorView.class);
        fillHeader("Mid-back opener " + UUID.randomUUID().toString().substring(0, 6));
        addStep("Wall press", 20, 10, 3);
        addStep("Too short", 4, 121, 21);
        test($(Button.class).id("save")).click();

        StepRow bad = rows().get(1);
        assertThat(number(bad, "holdSeconds").getErrorMessage()).isEqualTo("Hold must be 5–300 seconds");
        assertThat(number(bad, "holdSeconds").isInvalid()).isTrue();
        assertThat(number(bad, "relaxSeconds").getErrorMessage()).isEqualTo("Relax must be 0–120 seconds");
        assertThat(number(bad, "repetitions").getErrorMessage()).isEqualTo("Repetitions must be 1–20");
        assertThat(number(rows().get(0), "holdSeconds").isInvalid()).isFalse();
        assertThat(number(bad, "holdSeconds").getValue()).isEqualTo(4);
        assertThat(stepTitles()).containsExactly("Wall press", "Too short");
    }

    @Test
    void aRoutineWithoutStepsIsRefusedOnTheStepList() {
        navigate("admin/routines/new", RoutineEditorView.class);
        fillHeader("No steps " + UUID.randomUUID().toString().substring(0, 6));
        test($(Button.class).id("save")).click();
        assertThat($(StepsEditor.class).single().isInvalid()).isTrue();
        assertThat($(StepsEditor.class).single().getErrorMessage()).isEqualTo("Steps: a routine needs at least one step");
    }

    @Test
    void publishingChangesReleasesANewVersion() {
        navigate("admin/routines/new", RoutineEditorView.class);
        String title = "Hip opener " + UUID.randomUUID().toString().substring(0, 6);
        fillHeader(title);
        addStep("Kneeling stretch", 30, 10, 2);
        test($(Button.class).id("publish")).click();
        RoutineDetails v1 = routines.findForEditingBySlug(Slugs.fromTitle(title)).orElseThrow();
        assertThat(v1.publishedVersion()).isEqualTo(1);
        assertThat($(Span.class).id("status-note").getText()).isEqualTo("Members see version 1");

        text(rows().get(0), "title").setValue("Kneeling hip stretch");
        test($(Button.class).id("publish")).click();
        RoutineDetails v2 = routines.findForEditing(v1.id()).orElseThrow();
        assertThat(v2.publishedVersion()).isEqualTo(2);
        assertThat(routines.findVersion(v1.id(), 1).orElseThrow().steps()).extracting(RoutineStep::title)
                .containsExactly("Kneeling stretch");
        assertThat(routines.findPublished(v1.id()).orElseThrow().steps()).extracting(RoutineStep::title)
                .containsExactly("Kneeling hip stretch");
    }

    @Test
    void stepsKeepTheirPictureMovementAndVersionsAndVersionProblemsShowOnTheirFields() {
        navigate("admin/routines/new", RoutineEditorView.class);
        String title = "Shoulder circles " + UUID.randomUUID().toString().substring(0, 6);
        fillHeader(title);
        addStep("Circles", 20, 5, 3);
        StepRow row = rows().getFirst();
        row.moving(true);
        row.easier().offered.setValue(true);
        row.easier().instructions.setValue("Smaller circles.");
        row.easier().hold.setValue(2);
        row.easier().repetitions.setValue(2);
        test($(Button.class).id("save")).click();
        assertThat(number(row, "easier.holdSeconds").isInvalid()).isTrue();
        assertThat(number(row, "easier.holdSeconds").getErrorMessage()).isEqualTo("Hold must be 5–300 seconds");

        row.easier().hold.setValue(15);
        row.harder().offered.setValue(true);
        row.harder().instructions.setValue("Circle for 30 seconds.");
        row.harder().hold.setValue(30);
        row.harder().repetitions.setValue(3);
        test($(Button.class).id("save")).click();
        RoutineStep saved = routines.findForEditingBySlug(Slugs.fromTitle(title)).orElseThrow().steps().getFirst();
        assertThat(saved.moving()).isTrue();
        assertThat(saved.easier()).isEqualTo(new org.upright.content.routine.StepVariant("Smaller circles.", 15, 2));
        assertThat(saved.harder().holdSeconds()).isEqualTo(30);
        assertThat(saved.image()).isNull();
    }

    @Test
    void aStarterStepOpensWithItsPictureAndDescription() {
        RoutineDetails wallPress = routines.findForEditingBySlug("wall-press").orElseThrow();
        navigate("admin/routines/" + wallPress.id(), RoutineEditorView.class);
        StepRow first = rows().getFirst();
        assertThat($(com.vaadin.flow.component.html.Image.class).from(first).first().getSrc())
                .isEqualTo("upright/figures/wall-press-set-up.svg");
        assertThat(text(first, "imageAlt").getValue()).contains("wall");
        assertThat(first.upload).isNotNull();
        // a picture needs its description
        text(first, "imageAlt").setValue("");
        test($(Button.class).id("save")).click();
        assertThat(text(first, "imageAlt").isInvalid()).isTrue();
        assertThat(text(first, "imageAlt").getErrorMessage()).contains("Describe the picture");
    }

    private void fillHeader(String title) {
        $(TextField.class).id("title").setValue(title);
        $(TextArea.class).id("summary").setValue("Opens the front of the hips.");
        @SuppressWarnings("unchecked")
        CheckboxGroup<BodyArea> areas = $(CheckboxGroup.class).id("areas");
        areas.setValue(Set.of(BodyArea.HIP_FLEXORS));
    }

    private void addStep(String title, int hold, int relax, int reps) {
        test($(Button.class).id("add-step")).click();
        StepRow row = rows().getLast();
        text(row, "title").setValue(title);
        ((TextArea) row.field("instructions").orElseThrow()).setValue("Do " + title);
        number(row, "holdSeconds").setValue(hold);
        number(row, "relaxSeconds").setValue(relax);
        number(row, "repetitions").setValue(reps);
        text(row, "safetyCue").setValue("Keep the low back neutral");
    }

    private List<StepRow> rows() {
        return $(StepRow.class).all();
    }

    private List<String> stepTitles() {
        return rows().stream().map(r -> text(r, "title").getValue()).toList();
    }

    private String total() {
        return $(Paragraph.class).id("total-time").getText();
    }

    private static IntegerField number(StepRow row, String property) {
        return (IntegerField) row.field(property).orElseThrow();
    }

    private static TextField text(StepRow row, String property) {
        return (TextField) row.field(property).orElseThrow();
    }
}
