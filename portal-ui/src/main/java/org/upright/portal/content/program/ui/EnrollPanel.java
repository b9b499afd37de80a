package org.upright.portal.content.program.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.upright.content.program.ProgramView;
import org.upright.tracker.plan.MemberPlanService;
import org.upright.tracker.program.ProgramDays;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.enrollment.EnrollmentView;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.validation.InvalidInputException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** On a program page, for members: start this program (or switch to it) from a chosen date. */
class EnrollPanel extends Div {

    private final MemberPlanService plans;
    private final ProgramView program;
    private final DatePicker startDate = new DatePicker(getTranslation("content.enroll.start-date"));

    /** {@code current}: the member's active enrollment, if any; {@code currentProgramTitle}: its program's title. */
    EnrollPanel(MemberPlanService plans, ProgramView program, Optional<EnrollmentView> current,
                String currentProgramTitle) {
        this.plans = plans;
        this.program = program;
        setId("enroll");
        addClassNames("card", "enroll-panel");
        LocalDate today = plans.memberToday();
        if (current.isPresent() && current.get().programId() == program.id()) {
            int day = ProgramDays.dayOf(current.get().startDate(), today);
            ProgramDays.Stage stage = ProgramDays.stage(current.get().startDate(), today, program.lastDay());
            add(new H3(getTranslation("content.enroll.on-this")), new Paragraph(switch (stage) {
                case NOT_STARTED -> getTranslation("content.enroll.starts-on", current.get().startDate().toString());
                case FINISHED -> getTranslation("content.enroll.finished");
                case ACTIVE -> getTranslation("content.enroll.today", day, program.lastDay());
            }));
            if (stage != ProgramDays.Stage.FINISHED) {
                return;
            }
        } else {
            add(new H3(getTranslation(current.isPresent() ? "content.enroll.switch-heading" : "content.enroll.start-heading")));
            if (current.isPresent()) {
                add(new Paragraph(getTranslation("content.enroll.current", currentProgramTitle)));
            }
        }
        startDate.setId("enroll-start");
        startDate.setValue(today);
        startDate.setMin(today.minusDays(EnrollmentService.START_DATE_RANGE_DAYS));
        startDate.setMax(today.plusDays(EnrollmentService.START_DATE_RANGE_DAYS));
        startDate.setI18n(calendarWording(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd")
                .setBadInputErrorMessage(getTranslation("content.enroll.bad-date"))
                .setMinErrorMessage(getTranslation("content.enroll.within-year"))
                .setMaxErrorMessage(getTranslation("content.enroll.within-year"))));
        Button start = new Button(getTranslation(current.isPresent() ? "content.enroll.switch" : "content.enroll.start"),
                e -> confirm(current.isPresent()));
        start.setId("enroll-button");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(startDate, start);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
    }

    private void confirm(boolean switching) {
        if (!switching) {
            enroll();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("content.enroll.confirm.title"),
                getTranslation("content.enroll.confirm.text", program.title()),
                getTranslation("content.enroll.confirm.switch"), e -> enroll());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("content.enroll.confirm.keep"));
        dialog.open();
    }

    private void enroll() {
        LocalDate chosen = startDate.getValue();
        if (chosen == null) {
            showError(getTranslation("content.enroll.choose-date"));
            return;
        }
        if (chosen.isBefore(startDate.getMin()) || chosen.isAfter(startDate.getMax())) {
            showError(getTranslation("content.enroll.within-year"));
            return;
        }
        try {
            plans.enroll(program.id(), chosen);
            Notification.show(getTranslation("content.enroll.done", program.title()), 4000,
                    Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("today");
        } catch (InvalidInputException invalid) {
            showError(invalid.messageFor("startDate").orElse(invalid.getMessage()));
        }
    }

    /**
     * The calendar's month and day names, its buttons and its first weekday in the page's language.
     * In English the picker keeps its built-in wording.
     */
    private DatePicker.DatePickerI18n calendarWording(DatePicker.DatePickerI18n i18n) {
        Locale locale = getLocale();
        if (Language.of(locale) == Language.ENGLISH) {
            return i18n;
        }
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7) // the picker counts from Sunday = 0
                .setToday(getTranslation("content.enroll.picker.today"))
                .setCancel(getTranslation("content.enroll.picker.cancel"));
    }

    private void showError(String message) {
        startDate.setErrorMessage(message);
        startDate.setInvalid(true);
    }
}
