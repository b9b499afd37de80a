package org.upright.portal.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;

/**
 * Vaadin components' own words (month names, "Today", "Cancel", "Upload Files...") in the UI's
 * language. English keeps Vaadin's defaults untouched; another language gets its names from the
 * JDK's locale data and its words from the base bundle. Call on a component after creating it
 * ({@code ComponentTexts.localized(new DatePicker(...))}); error messages set before or after are kept.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /** Month and weekday names, "Today"/"Cancel", the first day of the week and the date format of the UI's language. */
    public static DatePicker localized(DatePicker picker) {
        Language language = language();
        if (language == Language.ENGLISH) {
            return picker;
        }
        picker.setLocale(language.locale());
        DatePicker.DatePickerI18n i18n = picker.getI18n() != null ? picker.getI18n() : new DatePicker.DatePickerI18n();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(language.locale());
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.stream(symbols.getShortWeekdays()).skip(1).map(d -> d.replace(".", "")).toList())
                .setFirstDayOfWeek(1)
                .setToday(Wording.text(language, "base.date-picker.today"))
                .setCancel(Wording.text(language, "base.date-picker.cancel"));
        if (i18n.getDateFormats() == null || i18n.getDateFormats().isEmpty()) {
            // the first format is shown; the others are also understood when typed (1.12.2026, 1.12.26)
            i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy", "d.M.yy");
        }
        picker.setI18n(i18n);
        return picker;
    }

    /** The UI language's clock (24 hours in German) in the picker's field and list. */
    public static TimePicker localized(TimePicker picker) {
        Language language = language();
        if (language != Language.ENGLISH) {
            picker.setLocale(language.locale());
        }
        return picker;
    }

    /** The upload button, drop hint, progress and error words in the UI's language. */
    public static Upload localized(Upload upload) {
        Language language = language();
        if (language == Language.ENGLISH) {
            return upload;
        }
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                        .setOne(Wording.text(language, "base.upload.add-one"))
                        .setMany(Wording.text(language, "base.upload.add-many")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(Wording.text(language, "base.upload.drop-one"))
                        .setMany(Wording.text(language, "base.upload.drop-many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(Wording.text(language, "base.upload.too-many"))
                        .setFileIsTooBig(Wording.text(language, "base.upload.too-big"))
                        .setIncorrectFileType(Wording.text(language, "base.upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(Wording.text(language, "base.upload.connecting"))
                                .setStalled(Wording.text(language, "base.upload.stalled"))
                                .setProcessing(Wording.text(language, "base.upload.processing"))
                                .setHeld(Wording.text(language, "base.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(Wording.text(language, "base.upload.remaining") + " ")
                                .setUnknown(Wording.text(language, "base.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(Wording.text(language, "base.upload.server-unavailable"))
                                .setUnexpectedServerError(Wording.text(language, "base.upload.server-error"))
                                .setForbidden(Wording.text(language, "base.upload.forbidden"))))
                .setFile(new UploadI18N.File()
                        .setRetry(Wording.text(language, "base.upload.retry"))
                        .setStart(Wording.text(language, "base.upload.start"))
                        .setRemove(Wording.text(language, "base.upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        return upload;
    }

    /** The dialog's default buttons ("Cancel", "Reject", "Confirm") in the UI's language; texts set later win. */
    public static ConfirmDialog localized(ConfirmDialog dialog) {
        Language language = language();
        if (language != Language.ENGLISH) {
            dialog.setConfirmText(Wording.text(language, "base.dialog.confirm"));
            dialog.setCancelText(Wording.text(language, "base.dialog.cancel"));
            dialog.setRejectText(Wording.text(language, "base.dialog.reject"));
        }
        return dialog;
    }

    private static Language language() {
        return Texts.language();
    }
}
