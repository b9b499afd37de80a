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
                adherenceTile("Last 7 days", overview.adherence().last7Days(), enrolled),
                adherenceTile("Last 28 days", overview.adherence().last28Days(), enrolled),
                tile(Integer.toString(overview.streak().current()), "Current streak", "days in a row with a rating or session"),
                tile(Integer.toString(overview.streak().longest()), "Longest streak", "days")};
    }

    private static Div adherenceTile(String label, Adherence a, boolean enrolled) {
        if (!enrolled) {
            return tile(Integer.toString(a.sessions()), label, "sessions (no program chosen)");
        }
        String percent = a.percent().isPresent() ? a.percent().getAsInt() + " %" : "–";
        return tile(percent, label, a.done() + " of " + a.planned() + " planned sessions");
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
