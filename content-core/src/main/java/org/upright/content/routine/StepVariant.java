package org.upright.content.routine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An easier or harder way to do a routine step: what to do differently, and the hold and
 * repetitions that go with it (relax time and sides stay those of the step). The member picks it
 * (e.g. "easier" in the timer); the step's own numbers are the standard version.
 */
public record StepVariant(
        @NotBlank(message = "{content.validation.variant.instructions.required}")
        @Size(max = 600, message = "{content.validation.variant.instructions.length}")
        String instructions,
        @Min(value = 5, message = "{content.validation.step.hold.range}")
        @Max(value = 300, message = "{content.validation.step.hold.range}")
        int holdSeconds,
        @Min(value = 1, message = "{content.validation.step.repetitions.range}")
        @Max(value = 20, message = "{content.validation.step.repetitions.range}")
        int repetitions) {

    public StepVariant {
        instructions = instructions == null ? null : instructions.strip();
    }
}
