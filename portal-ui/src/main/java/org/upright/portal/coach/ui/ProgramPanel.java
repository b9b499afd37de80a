package org.upright.portal.coach.ui;

import org.upright.portal.base.ui.ComponentTexts;
import org.upright.portal.base.ui.Texts;
import org.upright.portal.base.ui.Card;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import org.upright.content.program.ProgramSummary;
import org.upright.portal.coach.ClientProgramService;
import org.upright.kernel.text.Dates;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.FieldMessages;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The client's current program, and assigning a (different) one from a start date. */
class ProgramPanel extends Card {

    ProgramPanel(ClientProgramService programs, long memberId, LocalDate clientToday, Runnable onAssigned) {
        super(Texts.text("coach.program.title"), "client-program");
        Optional<ClientProgramService.CurrentProgram> now = programs.current(memberId);
        Paragraph current = new Paragraph(now.map(p -> getTranslation("coach.program.current", p.title(), Dates.day(p.startDate())))
                .orElseGet(() -> getTranslation("coach.program.none-yet")));
        current.setId("current-program");

        List<ProgramSummary> assignable = programs.assignablePrograms();
        Select<ProgramSummary> program = new Select<>();
        program.setLabel(getTranslation(now.isPresent() ? "coach.program.change-to" : "coach.program.label"));
        program.setItems(assignable);
        now.flatMap(p -> assignable.stream().filter(a -> a.id() == p.programId()).findFirst()).ifPresent(program::setValue);
        program.setItemLabelGenerator(p -> getTranslation("coach.program.item", p.title(), p.weeks()));
        program.setEmptySelectionAllowed(false);
        program.setId("assign-program");
        DatePicker start = ComponentTexts.localized(new DatePicker(getTranslation("coach.program.start"), clientToday));
        start.setId("assign-start");
        FieldMessages messages = new FieldMessages().bind("programId", program).bind("startDate", start);
        Button assign = new Button(getTranslation("coach.program.assign"), e -> {
            if (program.getValue() == null) {
                messages.show(InvalidInputException.of("programId", getTranslation("coach.program.choose")));
                return;
            }
            ProgramSummary chosen = program.getValue();
            LocalDate from = start.getValue();
            Runnable assignIt = () -> {
                try {
                    programs.assign(memberId, chosen.id(), from);
                    Notification.show(getTranslation("coach.program.assigned", chosen.title(), Dates.day(from)));
                    onAssigned.run();
                } catch (InvalidInputException problems) {
                    messages.show(problems);
                }
            };
            if (now.isEmpty()) {
                assignIt.run();
                return;
            }
            // replacing a program ends the client's current one: ask first
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("coach.program.replace.title", now.get().title()),
                    getTranslation("coach.program.replace.text", chosen.title(),
                            from == null ? getTranslation("coach.program.replace.chosen-date") : Dates.day(from)),
                    getTranslation("coach.program.replace.confirm"), confirmed -> assignIt.run());
            confirm.setId("replace-program-confirm");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("coach.program.replace.keep"));
            confirm.open();
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("assign-button");
        Div form = new Div(program, start, assign);
        form.addClassName("inline-form");
        body().add(current, form);
    }
}
