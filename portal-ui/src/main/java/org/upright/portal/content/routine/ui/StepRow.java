package org.upright.portal.content.routine.ui;

import org.upright.portal.base.ui.StepPicture;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import org.upright.content.routine.RoutineStep;
import org.upright.content.routine.RoutineTiming;
import org.upright.content.routine.StepImageService;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.ContentFormat;
import org.upright.portal.base.ui.KeptInput;

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
    private final Checkbox moving = new Checkbox("Timed movement, not a still hold (e.g. circles)");
    private final TextField safetyCue = new TextField("Safety cue");
    private final Div picturePreview = new Div();
    private final Paragraph pictureProblem = new Paragraph();
    private final TextField imageAlt = new TextField("Picture description (alt text)");
    private final Button removePicture = new Button("Remove picture", VaadinIcon.CLOSE_SMALL.create());
    private final VariantFields easier = new VariantFields("Easier version", "easier");
    private final VariantFields harder = new VariantFields("Harder version", "harder");
    private final Span stepTime = new Span();
    private String image;
    final Upload upload;
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button("Remove", VaadinIcon.TRASH.create());

    StepRow(StepForm form, Runnable changed, StepImageService images) {
        addClassName("step-row");
        title.setRequiredIndicatorVisible(true);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        instructions.setRequiredIndicatorVisible(true);
        safetyCue.setRequiredIndicatorVisible(true);
        safetyCue.setHelperText("What keeps the member safe, e.g. keep the navel drawn in");
        moving.setTooltipText("The timer and routine page then say \"move\" instead of \"hold\"");
        imageAlt.setHelperText("What the picture shows, for people who cannot see it");
        stepTime.addClassName("step-time");

        bindText(title, "title", StepForm::getTitle, StepForm::setTitle);
        bindText(instructions, "instructions", StepForm::getInstructions, StepForm::setInstructions);
        bindNumber(hold, "holdSeconds", "Hold", StepForm::getHoldSeconds, StepForm::setHoldSeconds);
        bindNumber(relax, "relaxSeconds", "Relax", StepForm::getRelaxSeconds, StepForm::setRelaxSeconds);
        bindNumber(repetitions, "repetitions", "Repetitions", StepForm::getRepetitions, StepForm::setRepetitions);
        binder.forField(perSide).bind(StepForm::isPerSide, StepForm::setPerSide);
        binder.forField(moving).bind(StepForm::isMoving, StepForm::setMoving);
        bindText(safetyCue, "safetyCue", StepForm::getSafetyCue, StepForm::setSafetyCue);
        bindText(imageAlt, "imageAlt", StepForm::getImageAlt, StepForm::setImageAlt);
        easier.bind(binder, StepForm::getEasier);
        harder.bind(binder, StepForm::getHarder);
        binder.readBean(form);
        image = form.getImage();

        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                String stored = images.upload(meta.fileName(), bytes);
                ui.access(() -> uploaded(stored, null));
            } catch (InvalidInputException e) {
                String message = e.problems().getFirst().message();
                ui.access(() -> uploaded(image, message));
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(StepImageService.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/svg+xml", ".png", ".jpg", ".jpeg", ".svg");
        upload.addFileRejectedListener(e -> showPicture(image, e.getErrorMessage()));
        removePicture.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        removePicture.addClickListener(e -> showPicture(null, null));
        pictureProblem.addClassName("field-error");
        pictureProblem.getElement().setAttribute("role", "alert");
        picturePreview.addClassName("step-picture-preview");

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
        Div numbers = new Div(hold, relax, repetitions, perSide, moving);
        numbers.addClassName("step-numbers");
        Div top = new Div(heading, stepTime, tools);
        top.addClassName("step-top");
        Paragraph pictureHelp = new Paragraph("PNG, JPEG or SVG, at most 1 MB. SVGs with scripts or links to other "
                + "sites are refused.");
        pictureHelp.addClassName("meta");
        Div picture = new Div(new Span("Picture of the position"), picturePreview, upload, pictureHelp, pictureProblem,
                removePicture, imageAlt);
        picture.addClassName("step-picture");
        Details variants = new Details("Easier and harder versions", new Div(easier, harder));
        variants.setOpened(form.getEasier().isOffered() || form.getHarder().isOffered());
        add(top, title, instructions, numbers, safetyCue, picture, variants);
        showPicture(image, null);
        showStepTime();
    }

    /** After an upload (stored or refused): the list is cleared so the next file can be chosen. */
    private void uploaded(String reference, String problem) {
        upload.clearFileList();
        showPicture(reference, problem);
    }

    private void showPicture(String reference, String problem) {
        image = reference;
        picturePreview.removeAll();
        Optional<String> src = StepPicture.src(reference);
        src.ifPresentOrElse(s -> {
            Image preview = new Image(s, imageAlt.getValue().isBlank() ? "Picture of this step" : imageAlt.getValue());
            preview.addClassName("step-image");
            picturePreview.add(preview);
        }, () -> picturePreview.add(new Span("No picture yet")));
        removePicture.setVisible(src.isPresent());
        imageAlt.setRequiredIndicatorVisible(src.isPresent());
        pictureProblem.setText(problem == null ? "" : problem);
        pictureProblem.setVisible(problem != null);
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
        // kept per position; a step moved since is not restored (its text no longer matches)
        KeptInput.keep(title, "step-" + n + ".title");
        KeptInput.keep(instructions, "step-" + n + ".instructions");
        KeptInput.keep(safetyCue, "step-" + n + ".safetyCue");
        KeptInput.keep(imageAlt, "step-" + n + ".imageAlt");
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
        up.setAriaLabel("Move step " + n + " up");
        down.setAriaLabel("Move step " + n + " down");
        remove.setAriaLabel("Remove step " + n);
    }

    /** The step, or empty when a field is invalid (its message then shows next to it). */
    Optional<RoutineStep> read() {
        StepForm form = new StepForm();
        if (!binder.writeBeanIfValid(form)) {
            return Optional.empty();
        }
        form.setImage(image);
        return Optional.of(form.toStep());
    }

    /** This step's seconds from what is typed now, when the numbers are complete. */
    OptionalInt seconds() {
        if (hold.getValue() == null || relax.getValue() == null || repetitions.getValue() == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(RoutineTiming.stepSeconds(new RoutineStep("x", "x", hold.getValue(), relax.getValue(),
                repetitions.getValue(), perSide.getValue(), "x")));
    }

    Optional<HasValidation> field(String property) {
        return Optional.ofNullable(switch (property) {
            case "title" -> title;
            case "instructions" -> instructions;
            case "holdSeconds" -> hold;
            case "relaxSeconds" -> relax;
            case "repetitions" -> repetitions;
            case "safetyCue" -> safetyCue;
            case "imageAlt", "imageDescribed", "image" -> imageAlt;
            default -> property.startsWith("easier.") ? easier.field(property.substring(7))
                    : property.startsWith("harder.") ? harder.field(property.substring(7)) : null;
        });
    }

    void moving(boolean value) {
        moving.setValue(value);
    }

    VariantFields easier() {
        return easier;
    }

    VariantFields harder() {
        return harder;
    }

    private void showStepTime() {
        OptionalInt s = seconds();
        stepTime.setText(s.isPresent() ? ContentFormat.duration(s.getAsInt()) : "");
    }

    /** The fields of one optional variant: offered or not, what changes, its hold and repetitions. */
    static final class VariantFields extends Div {

        final Checkbox offered;
        final TextArea instructions = new TextArea("What changes");
        final IntegerField hold = wholeNumber("Hold (s)");
        final IntegerField repetitions = wholeNumber("Repetitions");

        VariantFields(String label, String id) {
            addClassName("step-variant-fields");
            offered = new Checkbox(label.startsWith("Easier") ? "Offer an easier version" : "Offer a harder version");
            offered.addClassName(id + "-offered");
            instructions.setHelperText(id.equals("easier") ? "e.g. hands lower on the wall, or seated"
                    : "e.g. hold for 30 seconds");
            Div numbers = new Div(hold, repetitions);
            numbers.addClassName("step-numbers");
            add(offered, instructions, numbers);
            offered.addValueChangeListener(e -> showOffered());
            showOffered();
        }

        void bind(Binder<StepForm> binder, java.util.function.Function<StepForm, StepForm.Variant> variant) {
            binder.forField(offered).bind(f -> variant.apply(f).isOffered(), (f, v) -> variant.apply(f).setOffered(v));
            binder.forField(instructions).bind(f -> variant.apply(f).getInstructions(),
                    (f, v) -> variant.apply(f).setInstructions(v));
            binder.forField(hold).bind(f -> variant.apply(f).getHoldSeconds(), (f, v) -> variant.apply(f).setHoldSeconds(v));
            binder.forField(repetitions).bind(f -> variant.apply(f).getRepetitions(),
                    (f, v) -> variant.apply(f).setRepetitions(v));
        }

        private void showOffered() {
            boolean on = offered.getValue();
            instructions.setVisible(on);
            hold.setVisible(on);
            repetitions.setVisible(on);
        }

        HasValidation field(String property) {
            return switch (property) {
                case "instructions" -> instructions;
                case "holdSeconds" -> hold;
                case "repetitions" -> repetitions;
                default -> instructions;
            };
        }
    }
}
