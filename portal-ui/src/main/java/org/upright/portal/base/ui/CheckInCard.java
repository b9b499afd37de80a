package org.upright.portal.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import org.upright.portal.database.DatabaseOutage;

import java.util.Optional;

/**
 * The member's daily check-in on the home page: one tap on 0–10 saves today's rating (with any
 * areas and note chosen); tapping another number changes it. A tap the server could not save (no
 * connection, or no database) waits in the browser (check-in-pending.js) and is sent again through
 * {@link #resendPending} once the server answers; it is stored only if nothing was saved for that
 * day after the member tapped, so a later check-in is never overwritten by an earlier one. The note
 * typed is kept in the browser until a save stores it ({@link KeptInput}).
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
    private final Details more;

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
        form.scale.addChoiceListener(score -> save(false));
        Button saveDetails = new Button("Save areas and note", e -> save(true));
        saveDetails.setId("check-in-save");
        more = new Details(DETAILS_SUMMARY, form.areas, form.note, saveDetails);
        more.setId("check-in-more");
        add(new H3("Daily check-in"), form.prompt, form.scale, form.scaleLabels(), form.scoreError, status, pending,
                adviceBox, more);
        getElement().setAttribute("data-day", diary.todaysDate().toString());
        // the browser keeps the note typed today until it is saved (an ended session, a reload)
        KeptInput.keep(form.note, "check-in-note:" + diary.todaysDate());
        Optional<PainRating> today = diary.today();
        getElement().setAttribute("data-basis", basisOf(today));
        today.ifPresentOrElse(this::showSaved,
                () -> status.setText("Not rated yet today. Tap a number to save it."));
    }

    /** What the card shows as saved, so a tap kept in the browser can say what it was made over. */
    private static String basisOf(Optional<PainRating> rating) {
        return rating.map(r -> r.updatedAt().toString()).orElse("none");
    }

    /**
     * Called by the browser for a tap it still holds (a page load or the server answering again
     * after a failed save): {@code day} and {@code basis} are the card's {@code data-day} and
     * {@code data-basis} when the member tapped. Stored only when the day is still today and today's
     * rating is the one the member saw then; otherwise the tap is dropped, and the card says so.
     */
    @ClientCallable
    public void resendPending(int score, String day, String basis) {
        Integer confirmed = null;
        boolean drop = false;
        try {
            Optional<PainRating> stored = diary.today();
            if (!diary.todaysDate().toString().equals(day)) {
                drop = true;
                stored.ifPresent(this::showSaved);
                status.setText("Your check-in of " + score + " from an earlier day was not sent. "
                        + stored.map(r -> "Today you have saved " + r.score() + ".").orElse("Tap today's number to save it."));
            } else if (stored.isPresent() && stored.get().score() == score) {
                showSaved(stored.get());
                confirmed = score;
            } else if (!basisOf(stored).equals(basis)) {
                drop = true;
                showSaved(stored.orElseThrow());
                status.setText("Your earlier tap of " + score + " was not sent: " + stored.get().score()
                        + " was saved after it. Tap another number to change it.");
            } else {
                form.scale.setValue(score);
                PainRating saved = diary.save(new PainRatingInput(diary.todaysDate(), score,
                        form.areas.getValue(), form.note.getValue()));
                form.clearErrors();
                showSaved(saved);
                KeptInput.saved(form.note);
                status.setText("Saved: " + saved.score() + " out of 10 today (the tap that waited on this device). "
                        + "Tap another number to change it.");
                confirmed = saved.score();
            }
        } catch (InvalidInputException e) {
            drop = true;
            String other = form.showErrors(e);
            status.setText("Not saved. " + (other.isEmpty() ? "Check the message above or below." : other));
        } catch (RuntimeException e) {
            notSaved(e);
        } finally {
            getElement().executeJs("window.uprightCheckInAnswered && window.uprightCheckInAnswered($0, $1)", confirmed, drop);
        }
    }

    /** Saves the tapped score with the areas and note; {@code fold}: then folds them into the summary line. */
    private void save(boolean fold) {
        Integer tapped = form.scale.getValue();
        Integer confirmed = null;
        try {
            PainRating saved = diary.save(new PainRatingInput(diary.todaysDate(), tapped,
                    form.areas.getValue(), form.note.getValue()));
            form.clearErrors();
            showSaved(saved);
            KeptInput.saved(form.note);
            confirmed = saved.score();
            if (fold) {
                more.setOpened(false);
            }
        } catch (InvalidInputException e) {
            String other = form.showErrors(e);
            status.setText("Not saved yet. " + (other.isEmpty() ? "Check the message above or below." : other));
        } catch (RuntimeException e) {
            notSaved(e);
        } finally {
            // the browser forgets the tap only once this score is saved, and shows the status line again
            getElement().executeJs("window.uprightCheckInAnswered && window.uprightCheckInAnswered($0)", confirmed);
        }
    }

    /** Any other failure (database down, a bug): say so here, never leave an old "Saved" showing. */
    private void notSaved(RuntimeException e) {
        if (DatabaseOutage.isCause(e)) {
            LOG.warn("Today's check-in not saved: the database does not answer");
            status.setText("Not saved yet: we cannot reach our database just now. Your tap is kept on this device "
                    + "and sent by itself as soon as we can.");
        } else {
            LOG.error("Saving today's check-in failed", e);
            status.setText("Not saved: something went wrong on our side. Tap your number again in a moment.");
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CheckInCard.class);
    private static final String DETAILS_SUMMARY = "Where it hurts and a note (optional)";
    private static final int NOTE_PREVIEW = 40;

    /** "Low back, Shoulders and your note": what was saved besides the score (empty when nothing). */
    static String detailsSaved(PainRating rating) {
        String areas = areaWords(rating);
        boolean note = rating.note() != null && !rating.note().isBlank();
        return areas.isEmpty() ? (note ? "your note" : "") : areas + (note ? " and your note" : "");
    }

    /** The folded details' line: the saved areas and the start of the note, or the invitation to add them. */
    static String detailsSummary(PainRating rating) {
        String areas = areaWords(rating);
        String note = rating.note() == null ? "" : rating.note().strip().replaceAll("\\s+", " ");
        if (areas.isEmpty() && note.isEmpty()) {
            return DETAILS_SUMMARY;
        }
        if (note.length() > NOTE_PREVIEW) {
            int wordEnd = note.lastIndexOf(' ', NOTE_PREVIEW);
            note = note.substring(0, wordEnd > NOTE_PREVIEW / 2 ? wordEnd : NOTE_PREVIEW).strip() + "…";
        }
        return (areas.isEmpty() ? "" : "Where: " + areas) + (areas.isEmpty() || note.isEmpty() ? "" : " · ")
                + (note.isEmpty() ? "" : "Note: “" + note + "”");
    }

    private static String areaWords(PainRating rating) {
        return rating.bodyAreas().stream().sorted().map(org.upright.kernel.BodyArea::label)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private void showSaved(PainRating rating) {
        getElement().setAttribute("data-basis", basisOf(Optional.of(rating)));
        form.fill(rating);
        String with = detailsSaved(rating);
        status.setText("Saved: " + rating.score() + " out of 10 today" + (with.isEmpty() ? "" : ", with " + with)
                + ". Tap another number to change it.");
        more.setSummaryText(detailsSummary(rating));
        showAdvice(advice.needsAdvice(rating.day(), rating.score()));
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
