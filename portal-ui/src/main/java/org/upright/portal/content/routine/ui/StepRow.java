package org.upright.portal.content.routine.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.upright.content.routine.RoutineStep;
import org.upright.content.routine.RoutineTiming;
import org.upright.portal.base.ui.ContentFormat;

import java.util.Optional;
import java.util.OptionalInt;

/** One step in the routine editor, with its own binder so each field shows its own problem. */
class StepRow extends Div {

    private final Binder<StepForm> binder = new Binder<>();
    private final H4 heading = new H4();
    private final TextField title = new TextField("Step title");
    private final TextArea instructions = new TextArea("Instructions");
    private final IntegerField hold = wholeNumber("Hold (s)");
    private final IntegerField relax = wholeNumber("Relax (s)");
    private final IntegerField repetitions = wholeNumber("Repetitions");
    private final Checkbox perSide = new Checkbox("Each side (left, then right)");
    private final TextField safetyCue = new TextField("Safety cue");
    private final TextField imageUrl = new TextField("Image URL (optional)");
    private final Span stepTime = new Span();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button("Remove", VaadinIcon.TRASH.create());

    StepRow(StepForm form, Runnable changed) {
        addClassName("step-row");
        title.setRequiredIndicatorVisible(true);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        instructions.setRequiredIndicatorVisible(true);
        safetyCue.setRequiredIndicatorVisible(true);
        safetyCue.setHelperText("What keeps the member safe, e.g. keep the navel drawn in");
        imageUrl.setHelperText("https://…");
        stepTime.addClassName("step-time");

        bindText(title, "title", StepForm::getTitle, StepForm::setTitle);
        bindText(instructions, "instructions", StepForm::getInstructions, StepForm::setInstructions);
        bindNumber(hold, "holdSeconds", "Hold", StepForm::getHoldSeconds, StepForm::setHoldSeconds);
        bindNumber(relax, "relaxSeconds", "Relax", StepForm::getRelaxSeconds, StepForm::setRelaxSeconds);
        bindNumber(repetitions, "repetitions", "Repetitions", StepForm::getRepetitions, StepForm::setRepetitions);
        binder.forField(perSide).bind(StepForm::isPerSide, StepForm::setPerSide);
        bindText(safetyCue, "safetyCue", StepForm::getSafetyCue, StepForm::setSafetyCue);
        bindText(imageUrl, "imageUrl", StepForm::getImageUrl, StepForm::setImageUrl);
        binder.readBean(form);

        for (var f : new com.vaadin.flow.component.HasValue<?, ?>[] {hold, relax, repetitions, perSide}) {
            f.addValueChangeListener(e -> {
                showStepTime();
                changed.run();
            });
        }
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div tools = new Div(up, down, remove);
        tools.addClassName("step-tools");
        Div numbers = new Div(hold, relax, repetitions, perSide);
        numbers.addClassName("step-numbers");
        Div top = new Div(heading, stepTime, tools);
        top.addClassName("step-top");
        add(top, title, instructions, numbers, safetyCue, imageUrl);
        showStepTime();
    }

    private static IntegerField wholeNumber(String label) {
        IntegerField field = new IntegerField(label);
        field.setStepButtonsVisible(true);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(label + ": enter a whole number"));
        return field;
    }

    private void bindText(com.vaadin.flow.component.textfield.TextFieldBase<?, String> field, String property,
                          com.vaadin.flow.function.ValueProvider<StepForm, String> getter,
                          com.vaadin.flow.data.binder.Setter<StepForm, String> setter) {
        binder.forField(field).withValidator(new BeanValidator(RoutineStep.class, property)).bind(getter, setter);
    }

    private void bindNumber(IntegerField field, String property, String label,
                            com.vaadin.flow.function.ValueProvider<StepForm, Integer> getter,
                            com.vaadin.flow.data.binder.Setter<StepForm, Integer> setter) {
        binder.forField(field).asRequired(label + " is required")
                .withValidator(new BeanValidator(RoutineStep.class, property)).bind(getter, setter);
    }

    /** Numbers the step ("Step 2 of 4") and labels its buttons for screen readers. */
    void setPosition(int index, int count) {
        int n = index + 1;
        heading.setText("Step " + n);
        setId("step-" + n);
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
        up.setAriaLabel("Move step " + n + " up");
        down.setAriaLabel("Move step " + n + " down");
        remove.setAriaLabel("Remove step " + n);
    }

    /** The step, or empty when a field is invalid (its message then shows next to it). */
    Optional<RoutineStep> read() {
        StepForm form = new StepForm();
        return binder.writeBeanIfValid(form) ? Optional.of(form.toStep()) : Optional.empty();
    }

    /** This step's seconds from what is typed now, when the numbers are complete. */
    OptionalInt seconds() {
        if (hold.getValue() == null || relax.getValue() == null || repetitions.getValue() == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(RoutineTiming.stepSeconds(new RoutineStep("x", "x", hold.getValue(), relax.getValue(),
                repetitions.getValue(), perSide.getValue(), "x", null)));
    }

    Optional<HasValidation> field(String property) {
        return Optional.ofNullable(switch (property) {
            case "title" -> title;
            case "instructions" -> instructions;
            case "holdSeconds" -> hold;
            case "relaxSeconds" -> relax;
            case "repetitions" -> repetitions;
            case "safetyCue" -> safetyCue;
            case "imageUrl" -> imageUrl;
            default -> null;
        });
    }

    private void showStepTime() {
        OptionalInt s = seconds();
        stepTime.setText(s.isPresent() ? ContentFormat.duration(s.getAsInt()) : "");
    }
}
