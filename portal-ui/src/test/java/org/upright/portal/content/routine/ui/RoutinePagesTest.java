package org.upright.portal.content.routine.ui;

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

        test($(Button.class).id("start")).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("routines/wall-press/run");
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
