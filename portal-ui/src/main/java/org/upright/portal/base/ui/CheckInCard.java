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
    private final RatingForm form = new RatingForm("check-in", getTranslation("base.check-in.question"));
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
        // the words check-in-pending.js writes here while a tap waits for the connection
        pending.getElement().setAttribute("data-offline-text", getTranslation("base.check-in.offline"));
        form.scale.addChoiceListener(score -> save(false));
        Button saveDetails = new Button(getTranslation("base.check-in.save-details"), e -> save(true));
        saveDetails.setId("check-in-save");
        more = new Details(Texts.text(DETAILS_SUMMARY), form.areas, form.note, saveDetails);
        more.setId("check-in-more");
        add(new H3(getTranslation("base.check-in.title")), form.prompt, form.scale, form.scaleLabels(), form.scoreError, status, pending,
                adviceBox, more);
        getElement().setAttribute("data-day", diary.todaysDate().toString());
        // the browser keeps the note typed today until it is saved (an ended session, a reload)
        KeptInput.keep(form.note, "check-in-note:" + diary.todaysDate());
        Optional<PainRating> today = diary.today();
        getElement().setAttribute("data-basis", basisOf(today));
        today.ifPresentOrElse(this::showSaved,
                () -> status.setText(getTranslation("base.check-in.not-rated")));
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
                status.setText(getTranslation("base.check-in.earlier-day", score) + " "
                        + stored.map(r -> getTranslation("base.check-in.today-saved", r.score()))
                        .orElseGet(() -> getTranslation("base.check-in.tap-today")));
            } else if (stored.isPresent() && stored.get().score() == score) {
                showSaved(stored.get());
                confirmed = score;
            } else if (!basisOf(stored).equals(basis)) {
                drop = true;
                showSaved(stored.orElseThrow());
                status.setText(getTranslation("base.check-in.overtaken", score, stored.get().score()));
            } else {
                form.scale.setValue(score);
                PainRating saved = diary.save(new PainRatingInput(diary.todaysDate(), score,
                        form.areas.getValue(), form.note.getValue()));
                form.clearErrors();
                showSaved(saved);
                KeptInput.saved(form.note);
                status.setText(getTranslation("base.check-in.resent", status.getText()));
                confirmed = saved.score();
            }
        } catch (InvalidInputException e) {
            drop = true;
            String other = form.showErrors(e);
            status.setText(getTranslation("base.check-in.not-saved", other.isEmpty() ? getTranslation("base.check-in.see-message") : other));
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
            status.setText(getTranslation("base.check-in.not-saved-yet", other.isEmpty() ? getTranslation("base.check-in.see-message") : other));
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
            status.setText(getTranslation("base.check-in.no-database"));
        } else {
            LOG.error("Saving today's check-in failed", e);
            status.setText(getTranslation("base.check-in.failed"));
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CheckInCard.class);
    /** The folded details' line while nothing besides the score is saved (a key). */
    private static final String DETAILS_SUMMARY = "base.check-in.details";
    private static final int NOTE_PREVIEW = 40;

    /** "Low back, Shoulders and your note": what was saved besides the score (empty when nothing). */
    static String detailsSaved(PainRating rating) {
        String areas = areaWords(rating);
        boolean note = rating.note() != null && !rating.note().isBlank();
        return areas.isEmpty() ? (note ? Texts.text("base.check-in.your-note") : "")
                : note ? Texts.text("base.check-in.areas-and-note", areas) : areas;
    }

    /** The folded details' line: the saved areas and the start of the note, or the invitation to add them. */
    static String detailsSummary(PainRating rating) {
        String areas = areaWords(rating);
        String note = rating.note() == null ? "" : rating.note().strip().replaceAll("\\s+", " ");
        if (areas.isEmpty() && note.isEmpty()) {
            return Texts.text(DETAILS_SUMMARY);
        }
        if (note.length() > NOTE_PREVIEW) {
            int wordEnd = note.lastIndexOf(' ', NOTE_PREVIEW);
            note = note.substring(0, wordEnd > NOTE_PREVIEW / 2 ? wordEnd : NOTE_PREVIEW).strip() + "…";
        }
        return (areas.isEmpty() ? "" : Texts.text("base.check-in.where", areas)) + (areas.isEmpty() || note.isEmpty() ? "" : " · ")
                + (note.isEmpty() ? "" : Texts.text("base.check-in.note", note));
    }

    private static String areaWords(PainRating rating) {
        return rating.bodyAreas().stream().sorted().map(org.upright.kernel.BodyArea::label)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private void showSaved(PainRating rating) {
        getElement().setAttribute("data-basis", basisOf(Optional.of(rating)));
        form.fill(rating);
        String with = detailsSaved(rating);
        status.setText(with.isEmpty() ? getTranslation("base.check-in.saved", rating.score())
                : getTranslation("base.check-in.saved-with", rating.score(), with));
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
        adviceBox.add(new H3(getTranslation("base.check-in.advice.title")),
                new Paragraph(getTranslation("base.check-in.advice.easy")),
                new Paragraph(getTranslation("base.check-in.advice.urgent")));
        UnorderedList flags = new UnorderedList();
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            flags.add(new ListItem(q.text()));
        }
        adviceBox.add(flags);
        Button again = new Button(getTranslation("base.check-in.advice.rescreen"), e -> {
            screening.reask(diary.today().orElseThrow().memberId(), ScreeningService.ReaskReason.NEW_SYMPTOM);
            UI.getCurrent().navigate(ScreeningGate.ROUTE);
        });
        again.setId("check-in-rescreen");
        adviceBox.add(again);
    }
}
