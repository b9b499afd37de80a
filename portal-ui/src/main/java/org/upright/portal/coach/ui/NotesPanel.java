package org.upright.portal.coach.ui;

import org.upright.portal.base.ui.Texts;
import org.upright.portal.base.ui.Card;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.upright.tracker.coaching.CoachNoteItem;
import org.upright.tracker.coaching.CoachNoteService;
import org.upright.kernel.text.Dates;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.FieldMessages;
import org.upright.portal.base.ui.KeptInput;

import java.time.ZoneId;

/** Private notes about the client: only the client's coach reads them, never the client. */
class NotesPanel extends Card {

    private final CoachNoteService notes;
    private final long memberId;
    private final ZoneId zone;
    private final Div list = new Div();

    NotesPanel(CoachNoteService notes, long memberId, ZoneId zone) {
        super(Texts.text("coach.notes.title"), "client-notes");
        this.notes = notes;
        this.memberId = memberId;
        this.zone = zone;
        TextArea body = new TextArea(getTranslation("coach.notes.new"));
        body.setMaxLength(CoachNoteService.MAX_LENGTH);
        body.setWidthFull();
        body.setId("note-body");
        KeptInput.keep(body, "coach-note"); // the page path names the client
        FieldMessages messages = new FieldMessages().bind("body", body);
        Button add = new Button(getTranslation("coach.notes.add"), e -> {
            try {
                notes.add(memberId, body.getValue());
                messages.clear();
                body.clear();
                KeptInput.saved(body);
                showNotes();
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        add.setId("add-note");
        list.setId("note-list");
        body().add(body, add, list);
        showNotes();
    }

    private void showNotes() {
        list.removeAll();
        for (CoachNoteItem note : notes.list(memberId)) {
            list.add(entry(note.authorName() + " · " + Dates.moment(note.createdAt(), zone), note.body()));
        }
    }
}
