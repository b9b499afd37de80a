package org.upright.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.upright.portal.base.ui.ScreeningGate;
import org.upright.tracker.pain.PainDiary;
import org.upright.tracker.screening.CheckInAdvice;
import org.upright.tracker.screening.ScreeningQuestion;
import org.upright.tracker.screening.ScreeningService;
import org.upright.tracker.pain.PainRating;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.kernel.validation.InvalidInputException;

/**
 * The member's daily check-in on the home page: one tap on 0–10 saves today's rating (with any
 * areas and note chosen); tapping another number changes it.
 */
@StyleSheet("context://upright/progress.css")
@JavaScript("context://upright/progress/check-in.js")
public class CheckInCard extends Div {

    private final PainDiary diary;
    private final RatingForm form = new RatingForm("check-in", "How much does your back hurt today?");
    private final Paragraph status = new Paragraph();
    private final CheckInAdvice advice;
    private final ScreeningService screening;
    private final Div adviceBox = new Div();
    /** Written only in the browser (check-in-pending.js): a tap that could not be sent yet. */
    private final Paragraph pending = new Paragraph();
    private final Details more = new Details();
    /** "Saved" next to the save button, until the areas or note change again. */
    private final Span detailsStatus = new Span();

    /** Builds the card with its services (for the one line in the member home view). */
    public static CheckInCard create() {
        return Instantiator.get(UI.getCurrent()).getOrCreate(CheckInCard.class);
    }

    CheckInCard(PainDiary diary, CheckInAdvice advice, ScreeningService screening) {
        this.diary = diary;
        this.advice = advice;
        this.screening = screening;
        adviceBox.setId("check-in-advice");
        adviceBox.addClassName("check-in-advice");
        adviceBox.getElement().setAttribute("role", "alert");
        adviceBox.setVisible(false);
        addClassNames("card", "check-in");
        setId("check-in");
        status.addClassName("check-in-status");
        status.setId("check-in-status");
        status.getElement().setAttribute("aria-live", "polite");
        pending.setId("check-in-pending");
        pending.addClassNames("check-in-status", "check-in-pending");
        pending.getElement().setAttribute("aria-live", "polite");
        pending.getElement().setAttribute("hidden", true);
        form.scale.addChoiceListener(score -> save());
        Button saveDetails = new Button("Save areas and note", e -> {
            if (save()) {
                detailsStatus.setText("Saved");
            }
        });
        saveDetails.setId("check-in-save");
        detailsStatus.setId("check-in-save-status");
        detailsStatus.addClassName("check-in-save-status");
        detailsStatus.getElement().setAttribute("aria-live", "polite");
        form.note.addValueChangeListener(e -> detailsStatus.setText(""));
        form.areas.addChangeListener(() -> detailsStatus.setText(""));
        Div saveRow = new Div(saveDetails, detailsStatus);
        saveRow.addClassName("check-in-save-row");
        more.add(form.areas, form.note, saveRow);
        more.setId("check-in-more");
        add(new H3("Daily check-in"), form.prompt, form.scale, form.scaleLabels(), form.scoreError, status, pending,
                adviceBox, more);
        // the browser keeps an unsent note per day, and resends a tap only of this day and after the last save
        getElement().setAttribute("data-day", diary.todaysDate().toString());
        KeptInput.keep(form.note, "check-in-note:" + diary.todaysDate());
        diary.today().ifPresentOrElse(this::showSaved, () -> {
            status.setText("Not rated yet today. Tap a number to save it.");
            summarize(null);
        });
    }

    /** Saves the score with the areas and note; true when it was stored. */
    private boolean save() {
        Integer tapped = form.scale.getValue();
        Integer confirmed = null;
        try {
            PainRating saved = diary.save(new PainRatingInput(diary.todaysDate(), tapped,
                    form.areas.getValue(), form.note.getValue()));
            form.clearErrors();
            showSaved(saved);
            KeptInput.saved(form.note);
            confirmed = saved.score();
        } catch (InvalidInputException e) {
            String other = form.showErrors(e);
            status.setText("Not saved yet. " + (other.isEmpty() ? "Check the message above or below." : other));
        } catch (RuntimeException e) {
            // any other failure (database down, a bug): say so here, never leave an old "Saved" showing
            LOG.error("Saving today's check-in failed", e);
            status.setText("Not saved: something went wrong on our side. Tap your number again in a moment.");
        } finally {
            // the browser forgets the tap only once this score is saved, and shows the status line again
            getElement().executeJs("window.uprightCheckInAnswered && window.uprightCheckInAnswered($0)", confirmed);
        }
        return confirmed != null;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CheckInCard.class);

    private void showSaved(PainRating rating) {
        form.fill(rating);
        status.setText("Saved: " + rating.score() + " out of 10 today. Tap another number to change it.");
        getElement().setAttribute("data-saved-at", String.valueOf(rating.updatedAt().toEpochMilli()));
        summarize(rating);
        showAdvice(advice.needsAdvice(rating.day(), rating.score()));
    }

    /** The folded panel names what was saved with today's rating, so it need not be opened to check. */
    private void summarize(PainRating rating) {
        String saved = rating == null ? "" : CheckInSummary.of(rating.bodyAreas(), rating.note());
        more.setSummaryText(saved.isEmpty() ? "Where it hurts and a note (optional)" : saved);
    }

    /** High pain, or a sudden jump: what to do now and the warning signs, straight away. */
    private void showAdvice(boolean show) {
        adviceBox.removeAll();
        adviceBox.setVisible(show);
        if (!show) {
            return;
        }
        adviceBox.add(new H3("Your pain is high or has jumped"),
                new Paragraph("Take it easy today: skip or shorten anything that makes it worse, keep gently moving, "
                        + "and use what usually helps you. If it does not settle in a few days, contact your doctor or "
                        + "physiotherapist."),
                new Paragraph("Get help now (call emergency services) if you have chest pain or pressure, "
                        + "breathlessness, or a sudden tearing pain between the shoulder blades. See a clinician "
                        + "urgently if you notice any of these:"));
        UnorderedList flags = new UnorderedList();
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            flags.add(new ListItem(q.text()));
        }
        adviceBox.add(flags);
        Button again = new Button("Something new: answer the safety questions again", e -> {
            screening.reask(diary.today().orElseThrow().memberId(), ScreeningService.ReaskReason.NEW_SYMPTOM);
            UI.getCurrent().navigate(ScreeningGate.ROUTE);
        });
        again.setId("check-in-rescreen");
        adviceBox.add(again);
    }
}
