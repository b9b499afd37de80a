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
import org.upright.kernel.validation.InvalidInputException;

import java.time.LocalDate;
import java.util.Optional;

/** On a program page, for members: start this program (or switch to it) from a chosen date. */
class EnrollPanel extends Div {

    private final MemberPlanService plans;
    private final ProgramView program;
    private final DatePicker startDate = new DatePicker("Start date");

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
            add(new H3("You're on this program"), new Paragraph(switch (stage) {
                case NOT_STARTED -> "It starts on " + current.get().startDate() + ".";
                case FINISHED -> "You have finished it. You can start it again below.";
                case ACTIVE -> "Today is day " + day + " of " + program.lastDay() + ".";
            }));
            if (stage != ProgramDays.Stage.FINISHED) {
                return;
            }
        } else {
            add(new H3(current.isPresent() ? "Switch to this program" : "Start this program"));
            if (current.isPresent()) {
                add(new Paragraph("You're on " + currentProgramTitle + ". Switching ends it today; its history stays."));
            }
        }
        startDate.setId("enroll-start");
        startDate.setValue(today);
        startDate.setMin(today.minusDays(EnrollmentService.START_DATE_RANGE_DAYS));
        startDate.setMax(today.plusDays(EnrollmentService.START_DATE_RANGE_DAYS));
        startDate.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd")
                .setBadInputErrorMessage("Enter a date like 2026-12-01")
                .setMinErrorMessage("Choose a date within a year of today")
                .setMaxErrorMessage("Choose a date within a year of today"));
        Button start = new Button(current.isPresent() ? "Switch program" : "Start program",
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
        ConfirmDialog dialog = new ConfirmDialog("Switch program?",
                "Your current program ends today and " + program.title() + " starts on the chosen date.",
                "Switch", e -> enroll());
        dialog.setCancelable(true);
        dialog.setCancelText("Keep current");
        dialog.open();
    }

    private void enroll() {
        LocalDate chosen = startDate.getValue();
        if (chosen == null) {
            showError("Choose a start date");
            return;
        }
        if (chosen.isBefore(startDate.getMin()) || chosen.isAfter(startDate.getMax())) {
            showError("Choose a date within a year of today");
            return;
        }
        try {
            plans.enroll(program.id(), chosen);
            Notification.show("You're on " + program.title() + ". Your plan is on Today.", 4000,
                    Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("today");
        } catch (InvalidInputException invalid) {
            showError(invalid.messageFor("startDate").orElse(invalid.getMessage()));
        }
    }

    private void showError(String message) {
        startDate.setErrorMessage(message);
        startDate.setInvalid(true);
    }
}
