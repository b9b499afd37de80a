package org.upright.portal.content.routine.ui;

import org.upright.portal.base.ui.StepPicture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.content.routine.PublishedRoutine;
import org.upright.content.routine.RoutineService;
import org.upright.kernel.Role;
import org.upright.portal.content.ContentViewTest;
import org.upright.portal.base.ui.ContentFormat;

import static org.assertj.core.api.Assertions.assertThat;

class RoutinePagesTest extends ContentViewTest {

    @Autowired
    RoutineService routines;

    @BeforeEach
    void signInAsMember() {
        signInAs(Role.MEMBER);
    }

    @Test
    void catalogueFiltersByBodyArea() {
        navigate("routines", RoutineCatalogueView.class);
        Div cards = $(Div.class).id("routine-cards");
        assertThat(cards.getChildren().count()).isGreaterThanOrEqualTo(6);
        test($(Select.class).id("area")).selectItem("Neck");
        assertThat(cards.getElement().getTextRecursively()).contains("Neck and shoulder release")
                .doesNotContain("Hip flexor stretch");
    }

    @Test
    void routinePageShowsStepsTimeAreasSafetyAndStarts() {
        PublishedRoutine wallPress = routines.findPublishedBySlug("wall-press").orElseThrow();
        navigate("routines/wall-press", RoutinePageView.class);
        assertThat($(Span.class).id("routine-total").getElement().getTextRecursively()).isEqualTo(ContentFormat.duration(wallPress.totalSeconds()));
        assertThat($(Span.class).id("routine-areas").getElement().getTextRecursively()).contains("Shoulders", "Chest", "Mid-back");
        OrderedList steps = $(OrderedList.class).id("routine-steps");
        assertThat(steps.getChildren().count()).isEqualTo(wallPress.steps().size());
        assertThat(steps.getElement().getTextRecursively()).contains("Press and hold", "navel",
                "Hold 20 s · relax 10 s · 3 times");
        assertThat($(org.upright.portal.base.ui.SafetyDisclaimer.class).single().getText()).contains("does not replace");

        test($(Button.class).id("start")).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("routines/wall-press/run");
    }

    @Test
    void everyStepShowsItsPictureWithADescriptionAndItsVersions() {
        PublishedRoutine neck = routines.findPublishedBySlug("neck-shoulder-release").orElseThrow();
        navigate("routines/neck-shoulder-release", RoutinePageView.class);
        OrderedList steps = $(OrderedList.class).id("routine-steps");
        var images = $(com.vaadin.flow.component.html.Image.class).from(steps).all();
        assertThat(images).hasSize(neck.steps().size());
        assertThat(images.getFirst().getSrc()).isEqualTo("upright/figures/shoulder-circles.svg");
        assertThat(images).allSatisfy(i -> assertThat(i.getAlt()).hasValueSatisfying(alt ->
                assertThat(alt).hasSizeGreaterThan(40)));
        String text = steps.getElement().getTextRecursively();
        // shoulder circles are timed but are a movement, not a hold
        assertThat(text).contains("Move 20 s · relax 5 s · 3 times", "not held still", "Easier");
        assertThat(text).doesNotContain("Hold 20 s · relax 5 s");

        navigate("routines/wall-press", RoutinePageView.class);
        String wall = $(OrderedList.class).id("routine-steps").getElement().getTextRecursively();
        assertThat(wall).contains("half your effort", "never hold your breath", "Easier", "Harder",
                "Hold 30 s · relax 10 s · 3 times");
    }

    @Test
    void picturesComeFromTheAppNeverFromOtherSites() {
        assertThat(StepPicture.src("figure:bird-dog")).hasValue("upright/figures/bird-dog.svg");
        assertThat(StepPicture.src("upload:42")).hasValue("upright/step-images/42");
        assertThat(StepPicture.src("https://example.org/x.png")).isEmpty();
        assertThat(StepPicture.src("figure:../secret")).isEmpty();
        assertThat(StepPicture.src(null)).isEmpty();
    }

    @Test
    void everyStarterFigureIsShippedAsAnSvgWithATitle() {
        routines.listPublished(null).forEach(card -> routines.findPublishedBySlug(card.slug()).orElseThrow().steps()
                .forEach(step -> org.upright.content.routine.StepImages.figureName(step.image()).ifPresent(name -> {
                    var resource = getClass().getResource("/META-INF/resources/upright/figures/" + name + ".svg");
                    assertThat(resource).as(name).isNotNull();
                    try (var in = resource.openStream()) {
                        String svg = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<title>")
                                .doesNotContain("<script", "href=\"http");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })));
    }

    @Test
    void coachesReadRoutinesWithoutAStartButton() {
        signInAs(Role.COACH);
        navigate("routines/wall-press", RoutinePageView.class);
        assertThat($(OrderedList.class).id("routine-steps").getChildren().count()).isPositive();
        assertThat($(Button.class).withId("start").exists()).isFalse();
    }

    @Test
    void unknownRoutineSaysItIsNotAvailable() {
        navigate("routines/no-such-routine", RoutinePageView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("not available");
    }
}
