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
        @NotBlank(message = "Describe what changes in this version")
        @Size(max = 600, message = "At most 600 characters")
        String instructions,
        @Min(value = 5, message = "Hold must be 5–300 seconds")
        @Max(value = 300, message = "Hold must be 5–300 seconds")
        int holdSeconds,
        @Min(value = 1, message = "Repetitions must be 1–20")
        @Max(value = 20, message = "Repetitions must be 1–20")
        int repetitions) {

    public StepVariant {
        instructions = instructions == null ? null : instructions.strip();
    }
}
