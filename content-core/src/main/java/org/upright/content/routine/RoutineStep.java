package org.upright.content.routine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.upright.content.shared.ValidTitle;

/**
 * One step of a routine, as written and as published: hold for {@code holdSeconds}, relax for
 * {@code relaxSeconds} (0 = no relax phase), {@code repetitions} times; per side means left, then right.
 * {@code imageUrl} is optional and only http(s).
 */
public record RoutineStep(
        @ValidTitle String title,
        @NotBlank(message = "Instructions are required")
        @Size(max = 2000, message = "Instructions must be at most 2,000 characters")
        String instructions,
        @Min(value = 5, message = "Hold must be 5–300 seconds")
        @Max(value = 300, message = "Hold must be 5–300 seconds")
        int holdSeconds,
        @Min(value = 0, message = "Relax must be 0–120 seconds")
        @Max(value = 120, message = "Relax must be 0–120 seconds")
        int relaxSeconds,
        @Min(value = 1, message = "Repetitions must be 1–20")
        @Max(value = 20, message = "Repetitions must be 1–20")
        int repetitions,
        boolean perSide,
        @NotBlank(message = "Safety cue is required")
        @Size(max = 300, message = "Safety cue must be at most 300 characters")
        String safetyCue,
        @Size(max = 500, message = "Image URL must be at most 500 characters")
        @Pattern(regexp = "(https?://\\S+)?", message = "Image URL must start with http:// or https://")
        String imageUrl) {

    public RoutineStep {
        imageUrl = imageUrl == null || imageUrl.isBlank() ? null : imageUrl.strip();
    }

    /** This step's share of the routine's time; see {@link RoutineTiming}. */
    public int totalSeconds() {
        return RoutineTiming.stepSeconds(this);
    }
}
