package org.upright.content.routine;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.upright.content.shared.ValidTitle;

/**
 * One step of a routine, as written and as published: hold for {@code holdSeconds}, relax for
 * {@code relaxSeconds} (0 = no relax phase), {@code repetitions} times; per side means left, then right.
 *
 * @param image    the step's picture: {@code figure:<name>} for a drawing shipped with the portal,
 *                 {@code upload:<id>} for an image an admin uploaded ({@link StepImageService}), or
 *                 null; never an address on another site
 * @param imageAlt what the picture shows, for people who cannot see it; required with a picture
 * @param moving   the timed phase is a slow, continuous movement (e.g. shoulder circles), not a
 *                 still hold: timers and pages should say "move" rather than "hold" for it
 * @param easier   an optional easier version (e.g. hands lower on the wall), or null
 * @param harder   an optional harder version (e.g. longer holds), or null
 */
public record RoutineStep(
        @ValidTitle String title,
        @NotBlank(message = "{content.validation.step.instructions.required}")
        @Size(max = 2000, message = "{content.validation.step.instructions.length}")
        String instructions,
        @Min(value = 5, message = "{content.validation.step.hold.range}")
        @Max(value = 300, message = "{content.validation.step.hold.range}")
        int holdSeconds,
        @Min(value = 0, message = "{content.validation.step.relax.range}")
        @Max(value = 120, message = "{content.validation.step.relax.range}")
        int relaxSeconds,
        @Min(value = 1, message = "{content.validation.step.repetitions.range}")
        @Max(value = 20, message = "{content.validation.step.repetitions.range}")
        int repetitions,
        boolean perSide,
        @NotBlank(message = "{content.validation.step.safety-cue.required}")
        @Size(max = 300, message = "{content.validation.step.safety-cue.length}")
        String safetyCue,
        @Pattern(regexp = StepImages.REFERENCE, message = "{content.validation.step.image.reference}")
        String image,
        @Size(max = 300, message = "{content.validation.step.image-alt.length}")
        String imageAlt,
        boolean moving,
        @Valid StepVariant easier,
        @Valid StepVariant harder) {

    public RoutineStep {
        image = image == null || image.isBlank() ? null : image.strip();
        imageAlt = imageAlt == null || imageAlt.isBlank() ? null : imageAlt.strip();
    }

    /** A step without picture, movement flag or variants. */
    public RoutineStep(String title, String instructions, int holdSeconds, int relaxSeconds, int repetitions,
                       boolean perSide, String safetyCue) {
        this(title, instructions, holdSeconds, relaxSeconds, repetitions, perSide, safetyCue, null, null, false, null,
                null);
    }

    /** A picture needs a description (checked by the routine validator as "steps[i].imageAlt"). */
    @jakarta.validation.constraints.AssertTrue(message = "{content.validation.step.image-alt.required}")
    boolean isImageDescribed() {
        return image == null || imageAlt != null;
    }

    /** This step's share of the routine's time; see {@link RoutineTiming}. */
    public int totalSeconds() {
        return RoutineTiming.stepSeconds(this);
    }
}
