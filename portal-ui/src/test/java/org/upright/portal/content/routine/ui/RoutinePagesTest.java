package org.upright.portal.content.routine.ui;

import org.upright.portal.base.ui.StepPicture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.content.routine.PublishedRoutine;
import org.upright.content.routine.RoutineService;
import org.upright.content.routine.RoutineStep;
import org.upright.content.routine.StepVariant;
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
        // the facts are one Html node
        var facts = org.jsoup.Jsoup.parseBodyFragment($(com.vaadin.flow.component.Html.class).withClassName("facts")
                .single().getInnerHtml()).body();
        assertThat(facts.select("#routine-total").text()).isEqualTo(ContentFormat.duration(wallPress.totalSeconds()));
        assertThat(facts.select("#routine-areas").text()).contains("Shoulders", "Chest", "Mid-back");
        assertThat(facts.select("span.fact > vaadin-icon[icon='vaadin:clock']")).hasSize(1);
        OrderedList steps = $(OrderedList.class).id("routine-steps");
        assertThat(steps.getChildren().count()).isEqualTo(wallPress.steps().size());
        assertThat(cardsText(steps)).contains("Press and hold", "navel",
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
        var images = cards(steps).select("li.card.step > div.step-figure > img.step-image");
        assertThat(images).hasSize(neck.steps().size());
        assertThat(images.getFirst().attr("src")).isEqualTo("upright/figures/shoulder-circles.svg");
        assertThat(images).allSatisfy(i -> assertThat(i.attr("alt")).hasSizeGreaterThan(40));
        String text = cardsText(steps);
        // shoulder circles are timed but are a movement, not a hold
        assertThat(text).contains("Move 20 s · relax 5 s · 3 times", "not held still", "Easier");
        assertThat(text).doesNotContain("Hold 20 s · relax 5 s");

        navigate("routines/wall-press", RoutinePageView.class);
        String wall = cardsText($(OrderedList.class).id("routine-steps"));
        assertThat(wall).contains("half your effort", "never hold your breath", "Easier", "Harder",
                "Hold 30 s · relax 10 s · 3 times");
    }

    @Test
    void aStepCardEscapesEverythingTheAuthorWrote() {
        String attack = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
        var step = new RoutineStep(attack, attack, 20, 10, 3, false, attack, "figure:bird-dog", attack + "\" onload=\"x",
                true, new StepVariant(attack, 15, 2), new StepVariant(attack, 30, 3));
        String html = StepCard.html(step, new StepCard.Labels(attack, attack, attack));
        assertThat(html).doesNotContain("<script", "<img src=x", "\" onload").contains("&lt;script&gt;");
        // as the browser gets it: the Html node's inner markup, re-serialized by Vaadin
        var node = StepCard.of(step, new StepCard.Labels(attack, attack, attack));
        assertThat(node.getInnerHtml()).doesNotContain("<script", "<img src=x", "\" onload");
        var card = org.jsoup.Jsoup.parseBodyFragment(html).body();
        assertThat(card.children()).hasSize(1);
        assertThat(card.select("script, [onerror], [onload]")).isEmpty();
        assertThat(card.select("img")).singleElement().satisfies(img -> {
            assertThat(img.attr("src")).isEqualTo("upright/figures/bird-dog.svg");
            assertThat(img.attr("alt")).startsWith("<script>");
        });
        assertThat(card.select("h3").text()).isEqualTo(attack);
        assertThat(card.select(".safety-cue").text()).isEqualTo(attack);
        assertThat(card.select(".variant-easier p").text()).isEqualTo(attack);
        // a reference outside the app's pictures shows no picture at all
        var external = new RoutineStep("Bird dog", "Reach", 20, 10, 3, false, "Slowly", "https://example.org/x.png",
                "A person", false, null, null);
        assertThat(StepCard.html(external, new StepCard.Labels("m", "e", "h"))).doesNotContain("<img", "example.org");
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

    /** The step cards are one {@code Html} node each: their markup, parsed. */
    private static org.jsoup.nodes.Element cards(OrderedList steps) {
        var body = org.jsoup.Jsoup.parseBodyFragment("").body();
        steps.getChildren().forEach(card -> {
            assertThat(card).isInstanceOf(com.vaadin.flow.component.Html.class);
            var html = (com.vaadin.flow.component.Html) card;
            var li = body.appendElement(html.getElement().getTag());
            html.getElement().getAttributeNames().forEach(name -> li.attr(name, html.getElement().getAttribute(name)));
            li.append(html.getInnerHtml());
        });
        return body;
    }

    private static String cardsText(OrderedList steps) {
        return cards(steps).text();
    }

    @Test
    void unknownRoutineSaysItIsNotAvailable() {
        navigate("routines/no-such-routine", RoutinePageView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("not available");
    }
}
