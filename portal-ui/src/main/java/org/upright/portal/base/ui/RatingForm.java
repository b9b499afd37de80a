package org.upright.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.upright.tracker.pain.PainRating;
import org.upright.tracker.pain.PainRatingService;
import org.upright.kernel.validation.InvalidInputException;

/** The parts of a rating a member fills in (score, areas, note) and where their errors show. */
public class RatingForm {

    public final Span prompt = new Span();
    public final ScoreScale scale;
    public final Span scoreError = new Span();
    public final BodyAreaChips areas;
    public final TextArea note = new TextArea(Texts.text("base.rating.note"));

    public RatingForm(String idPrefix, String question) {
        prompt.setText(question);
        prompt.setId(idPrefix + "-question");
        scale = new ScoreScale(idPrefix, prompt.getId().orElseThrow());
        scoreError.addClassName("field-error");
        scoreError.setId(idPrefix + "-score-error");
        scoreError.getElement().setAttribute("aria-live", "polite");
        areas = new BodyAreaChips(idPrefix);
        note.setId(idPrefix + "-note");
        note.setMaxLength(PainRatingService.NOTE_MAX_LENGTH);
        note.setWidthFull();
        note.setHelperText(Texts.text("base.rating.note.helper", PainRatingService.NOTE_MAX_LENGTH));
    }

    public Div scaleLabels() {
        Div labels = new Div(new Span(Texts.text("base.rating.scale.0")), new Span(Texts.text("base.rating.scale.5")),
                new Span(Texts.text("base.rating.scale.10")));
        labels.addClassName("score-labels");
        labels.getElement().setAttribute("aria-hidden", "true"); // the buttons carry these words
        return labels;
    }

    public void fill(PainRating rating) {
        scale.setValue(rating.score());
        areas.setValue(rating.bodyAreas());
        note.setValue(rating.note() == null ? "" : rating.note());
    }

    public void clearErrors() {
        scoreError.setText("");
        note.setInvalid(false);
        note.setErrorMessage(null);
    }

    /** Shows each message next to its field; returns the ones this form has no field for. */
    public String showErrors(InvalidInputException e) {
        clearErrors();
        StringBuilder other = new StringBuilder();
        e.fieldMessages().forEach((field, message) -> {
            switch (field) {
                case "score" -> scoreError.setText(message);
                case "note" -> {
                    note.setErrorMessage(message);
                    note.setInvalid(true);
                }
                default -> other.append(other.isEmpty() ? "" : " ").append(message);
            }
        });
        return other.toString();
    }
}
