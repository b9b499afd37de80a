package org.upright.portal.progress.ui;

import org.upright.portal.base.ui.RatingForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.upright.tracker.pain.PainDiary;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.kernel.validation.InvalidInputException;

import java.time.LocalDate;

/** Adds or changes the rating of a past day within the 30-day window. Errors show next to the fields. */
class RatingDialog extends Dialog {

    private final PainDiary diary;
    private final Runnable onSaved;
    private final DatePicker day = new DatePicker(getTranslation("history.dialog.day"));
    private final RatingForm form = new RatingForm("rating-dialog", getTranslation("history.dialog.prompt"));
    private final Paragraph otherError = new Paragraph();

    RatingDialog(PainDiary diary, LocalDate initialDay, Runnable onSaved) {
        this.diary = diary;
        this.onSaved = onSaved;
        setId("rating-dialog");
        setHeaderTitle(getTranslation("history.dialog.title"));
        day.setId("rating-dialog-day");
        day.setMin(diary.oldestEditableDay());
        day.setMax(diary.todaysDate());
        day.setHelperText(getTranslation("history.dialog.day.helper"));
        day.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                load(e.getValue());
            }
        });
        otherError.addClassName("field-error");
        Button save = new Button(getTranslation("history.dialog.save"), e -> save());
        save.setId("rating-dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("history.dialog.cancel"), e -> close());
        add(day, form.prompt, form.scale, form.scaleLabels(), form.scoreError, form.areas, form.note, otherError);
        getFooter().add(cancel, save);
        day.setValue(initialDay);
        load(initialDay);
    }

    private void load(LocalDate date) {
        diary.find(date).ifPresentOrElse(form::fill, () -> form.scale.setValue(null));
    }

    private void save() {
        try {
            diary.save(new PainRatingInput(day.getValue(), form.scale.getValue(), form.areas.getValue(),
                    form.note.getValue()));
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            String dayMessage = e.messageFor("day").orElse(null);
            day.setInvalid(dayMessage != null);
            day.setErrorMessage(dayMessage);
            String other = form.showErrors(e);
            otherError.setText(dayMessage == null ? other : other.replace(dayMessage, "").strip());
        }
    }
}
