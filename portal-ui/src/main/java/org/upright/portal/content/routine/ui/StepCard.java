package org.upright.portal.content.routine.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.upright.content.routine.RoutineStep;
import org.upright.content.routine.RoutineTiming;
import org.upright.content.routine.StepVariant;
import org.upright.portal.base.ui.StepPicture;

/**
 * One step of the routine page as a single {@link Html} node: picture, title, plan, instructions,
 * the "moving" note, the safety cue and the easier and harder versions. A member UI keeps every
 * component it shows (~0.6 kB of heap each), and a card built of components took ~25 of them.
 * <p>
 * The markup is built with jsoup's element API, never by joining strings: every text an author
 * wrote goes in as text or as an attribute value and is escaped; the picture's address is only ever
 * one {@link StepPicture#src} allows (a drawing shipped with the portal or an uploaded, sanitized
 * image of this app), so nothing from a step can add markup, a script or another site's address.
 */
final class StepCard {

    /** The labels the card shows around the author's text, in the page's language. */
    record Labels(String moving, String easier, String harder) {
    }

    private StepCard() {
    }

    static Html of(RoutineStep step, Labels labels) {
        return new Html(html(step, labels));
    }

    /** A body to build markup in, written without added whitespace between elements. */
    static Element shell() {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        return doc.body();
    }

    /** The card's markup: an {@code <li class="card step">} with no whitespace between its parts. */
    static String html(RoutineStep s, Labels labels) {
        Element item = shell().appendElement("li").addClass("card").addClass("step");
        StepPicture.src(s.image()).ifPresent(src -> item.appendElement("div").addClass("step-figure")
                .appendElement("img").attr("src", src)
                .attr("alt", s.imageAlt() == null ? s.title() : s.imageAlt()).addClass("step-image"));
        item.appendElement("h3").text(s.title());
        item.appendElement("span").addClass("step-plan")
                .text(RoutineTiming.plan(s) + " · " + RoutineTiming.duration(s.totalSeconds()));
        item.appendElement("p").text(s.instructions());
        if (s.moving()) {
            item.appendElement("p").addClass("step-moving").text(labels.moving());
        }
        Element cue = item.appendElement("p").addClass("safety-cue").attr("role", "note");
        cue.appendElement("vaadin-icon").attr("icon", "vaadin:warning");
        cue.appendText(" " + s.safetyCue());
        variant(item, "easier", labels.easier(), s.easier(), s);
        variant(item, "harder", labels.harder(), s.harder(), s);
        return item.outerHtml();
    }

    /** "Easier · Hold 15 s · relax 10 s · twice: what changes"; {@code which} is "easier" or "harder". */
    private static void variant(Element item, String which, String label, StepVariant v, RoutineStep s) {
        if (v == null) {
            return;
        }
        Element box = item.appendElement("div").addClass("step-variant").addClass("variant-" + which);
        box.appendElement("span").addClass("variant-label").text(label);
        box.appendElement("span").addClass("variant-plan").text(RoutineTiming.plan(v.holdSeconds(), s.relaxSeconds(),
                v.repetitions(), s.perSide(), s.moving()));
        box.appendElement("p").text(v.instructions());
    }
}
