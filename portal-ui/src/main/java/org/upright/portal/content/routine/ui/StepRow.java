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
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import org.upright.content.routine.RoutineStep;
import org.upright.content.routine.RoutineTiming;
import org.upright.content.routine.StepImageService;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.KeptInput;
import org.upright.portal.content.ui.DraftRule;

import java.util.Optional;
import java.util.OptionalInt;

/** One step in the routine editor, with its own binder so each field shows its own problem. */
class StepRow extends Div {

    private final Binder<StepForm> binder = new Binder<>();
    private final H4 heading = new H4();
    private final TextField title = new TextField(getTranslation("content.step.title"));
    private final TextArea instructions = new TextArea(getTranslation("content.step.instructions"));
    private final IntegerField hold = wholeNumber("content.step.hold");
    private final IntegerField relax = wholeNumber("content.step.relax");
    private final IntegerField repetitions = wholeNumber("content.step.repetitions");
    private final Checkbox perSide = new Checkbox(getTranslation("content.step.per-side"));
    private final Checkbox moving = new Checkbox(getTranslation("content.step.moving"));
    private final TextField safetyCue = new TextField(getTranslation("content.step.safety-cue"));
    private final Div picturePreview = new Div();
    private final Paragraph pictureProblem = new Paragraph();
    private final TextField imageAlt = new TextField(getTranslation("content.step.image-alt"));
    private final Button removePicture = new Button(getTranslation("content.step.picture.remove"),
            VaadinIcon.CLOSE_SMALL.create());
    private final VariantFields easier = new VariantFields("easier");
    private final VariantFields harder = new VariantFields("harder");
    private final Span stepTime = new Span();
    private String image;
    final Upload upload;
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(getTranslation("content.step.remove"), VaadinIcon.TRASH.create());

    StepRow(StepForm form, Runnable changed, StepImageService images) {
        addClassName("step-row");
        title.setRequiredIndicatorVisible(true);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        instructions.setRequiredIndicatorVisible(true);
        safetyCue.setRequiredIndicatorVisible(true);
        safetyCue.setHelperText(getTranslation("content.step.safety-cue.helper"));
        moving.setTooltipText(getTranslation("content.step.moving.tooltip"));
        imageAlt.setHelperText(getTranslation("content.step.image-alt.helper"));
        stepTime.addClassName("step-time");

        bindText(title, "title", StepForm::getTitle, StepForm::setTitle);
        bindText(instructions, "instructions", StepForm::getInstructions, StepForm::setInstructions);
        bindNumber(hold, "holdSeconds", "content.step.hold.required", StepForm::getHoldSeconds, StepForm::setHoldSeconds);
        bindNumber(relax, "relaxSeconds", "content.step.relax.required", StepForm::getRelaxSeconds,
                StepForm::setRelaxSeconds);
        bindNumber(repetitions, "repetitions", "content.step.repetitions.required", StepForm::getRepetitions,
                StepForm::setRepetitions);
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
        uploadWording();
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
        Paragraph pictureHelp = new Paragraph(getTranslation("content.step.picture.help"));
        pictureHelp.addClassName("meta");
        Div picture = new Div(new Span(getTranslation("content.step.picture")), picturePreview, upload, pictureHelp,
                pictureProblem, removePicture, imageAlt);
        picture.addClassName("step-picture");
        Details variants = new Details(getTranslation("content.step.variants"), new Div(easier, harder));
        variants.setOpened(form.getEasier().isOffered() || form.getHarder().isOffered());
        add(top, title, instructions, numbers, safetyCue, picture, variants);
        showPicture(image, null);
        showStepTime();
    }

    /**
     * The upload's own texts (button, drop hint, its error and progress messages) in the page's language.
     * In English the component keeps its built-in wording, which these keys repeat.
     */
    private void uploadWording() {
        if (Language.of(getLocale()) == Language.ENGLISH) {
            return;
        }
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("content.upload.add-one"))
                        .setMany(getTranslation("content.upload.add-many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("content.upload.drop-one"))
                        .setMany(getTranslation("content.upload.drop-many")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("content.upload.too-many"))
                        .setFileIsTooBig(getTranslation("content.upload.too-big"))
                        .setIncorrectFileType(getTranslation("content.upload.wrong-type")))
                .setFile(new UploadI18N.File().setRetry(getTranslation("content.upload.retry"))
                        .setStart(getTranslation("content.upload.start"))
                        .setRemove(getTranslation("content.upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("content.upload.connecting"))
                                .setStalled(getTranslation("content.upload.stalled"))
                                .setProcessing(getTranslation("content.upload.processing"))
                                .setHeld(getTranslation("content.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("content.upload.remaining") + " ")
                                .setUnknown(getTranslation("content.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("content.upload.server-unavailable"))
                                .setUnexpectedServerError(getTranslation("content.upload.server-error"))
                                .setForbidden(getTranslation("content.upload.forbidden"))
                                .setFileTooLarge(getTranslation("content.upload.file-too-large")))));
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
            Image preview = new Image(s, imageAlt.getValue().isBlank() ? getTranslation("content.step.picture.alt")
                    : imageAlt.getValue());
            preview.addClassName("step-image");
            picturePreview.add(preview);
        }, () -> picturePreview.add(new Span(getTranslation("content.step.picture.none"))));
        removePicture.setVisible(src.isPresent());
        imageAlt.setRequiredIndicatorVisible(src.isPresent());
        pictureProblem.setText(problem == null ? "" : problem);
        pictureProblem.setVisible(problem != null);
    }

    /** A number field labelled by {@code labelKey}, whose bad-input message names it. */
    private static IntegerField wholeNumber(String labelKey) {
        IntegerField field = new IntegerField();
        String label = field.getTranslation(labelKey);
        field.setLabel(label);
        field.setStepButtonsVisible(true);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(field.getTranslation("content.step.whole-number", label)));
        return field;
    }

    private void bindText(com.vaadin.flow.component.textfield.TextFieldBase<?, String> field, String property,
                          com.vaadin.flow.function.ValueProvider<StepForm, String> getter,
                          com.vaadin.flow.data.binder.Setter<StepForm, String> setter) {
        binder.forField(field).withValidator(new DraftRule(RoutineStep.class, property)).bind(getter, setter);
    }

    private void bindNumber(IntegerField field, String property, String requiredKey,
                            com.vaadin.flow.function.ValueProvider<StepForm, Integer> getter,
                            com.vaadin.flow.data.binder.Setter<StepForm, Integer> setter) {
        binder.forField(field).asRequired(getTranslation(requiredKey))
                .withValidator(new DraftRule(RoutineStep.class, property)).bind(getter, setter);
    }

    /** Numbers the step ("Step 2 of 4") and labels its buttons for screen readers. */
    void setPosition(int index, int count) {
        int n = index + 1;
        heading.setText(getTranslation("content.step.heading", n));
        setId("step-" + n);
        // kept per position; a step moved since is not restored (its text no longer matches)
        KeptInput.keep(title, "step-" + n + ".title");
        KeptInput.keep(instructions, "step-" + n + ".instructions");
        KeptInput.keep(safetyCue, "step-" + n + ".safetyCue");
        KeptInput.keep(imageAlt, "step-" + n + ".imageAlt");
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
        up.setAriaLabel(getTranslation("content.step.move-up", n));
        down.setAriaLabel(getTranslation("content.step.move-down", n));
        remove.setAriaLabel(getTranslation("content.step.remove-step", n));
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
        stepTime.setText(s.isPresent() ? RoutineTiming.duration(s.getAsInt()) : "");
    }

    /** The fields of one optional variant: offered or not, what changes, its hold and repetitions. */
    static final class VariantFields extends Div {

        final Checkbox offered;
        final TextArea instructions = new TextArea(getTranslation("content.step.variant.what"));
        final IntegerField hold = wholeNumber("content.step.hold");
        final IntegerField repetitions = wholeNumber("content.step.repetitions");

        /** {@code id}: "easier" or "harder". */
        VariantFields(String id) {
            addClassName("step-variant-fields");
            boolean easier = id.equals("easier");
            offered = new Checkbox(getTranslation(easier ? "content.step.variant.offer-easier"
                    : "content.step.variant.offer-harder"));
            offered.addClassName(id + "-offered");
            instructions.setHelperText(getTranslation(easier ? "content.step.variant.helper-easier"
                    : "content.step.variant.helper-harder"));
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
