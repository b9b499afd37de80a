package org.upright.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.upright.tracker.progress.ProgressOverview;
import org.upright.tracker.progress.Adherence;

/** Adherence over 7 and 28 days and the activity streaks as tiles: the member's progress page and their coach's client page. */
public final class ProgressTiles {

    private ProgressTiles() {
    }

    public static Div[] of(ProgressOverview overview) {
        boolean enrolled = overview.adherence().enrolled();
        return new Div[] {
                adherenceTile(Texts.text("base.tiles.last-7"), overview.adherence().last7Days(), enrolled),
                adherenceTile(Texts.text("base.tiles.last-28"), overview.adherence().last28Days(), enrolled),
                tile(Integer.toString(overview.streak().current()), Texts.text("base.tiles.current-streak"),
                        Texts.text("base.tiles.current-streak.note")),
                tile(Integer.toString(overview.streak().longest()), Texts.text("base.tiles.longest-streak"),
                        Texts.text("base.tiles.longest-streak.note"))};
    }

    private static Div adherenceTile(String label, Adherence a, boolean enrolled) {
        if (!enrolled) {
            return tile(Integer.toString(a.sessions()), label, Texts.text("base.tiles.sessions-no-program"));
        }
        String percent = a.percent().isPresent() ? Texts.text("base.tiles.percent", a.percent().getAsInt()) : "–";
        return tile(percent, label, Texts.text("base.tiles.planned", a.done(), a.planned()));
    }

    private static Div tile(String number, String label, String note) {
        Span big = new Span(number);
        big.addClassName("tile-number");
        Span noteText = new Span(note);
        noteText.addClassName("tile-note");
        Div tile = new Div(big, new Span(label), noteText);
        tile.addClassName("tile");
        return tile;
    }
}
