package org.upright.portal.base.ui;

import org.upright.kernel.BodyArea;

import java.util.Collection;
import java.util.stream.Collectors;

/** The one line a saved check-in's folded areas-and-note panel shows: "Neck, Mid-back · “Stiff after work”". */
final class CheckInSummary {

    /** Long notes are cut at a word so the line stays short on a phone; the panel shows all of it. */
    static final int NOTE_CHARS = 60;

    private CheckInSummary() {
    }

    /** Empty when neither areas nor a note were saved. */
    static String of(Collection<BodyArea> areas, String note) {
        String where = areas.stream().sorted().map(BodyArea::label).collect(Collectors.joining(", "));
        String text = note == null ? "" : note.strip().replaceAll("\\s+", " ");
        if (text.length() > NOTE_CHARS) {
            int cut = text.lastIndexOf(' ', NOTE_CHARS);
            text = text.substring(0, cut > NOTE_CHARS / 2 ? cut : NOTE_CHARS) + "…";
        }
        String quoted = text.isEmpty() ? "" : "“" + text + "”";
        if (where.isEmpty()) {
            return quoted;
        }
        return quoted.isEmpty() ? where : where + " · " + quoted;
    }
}
