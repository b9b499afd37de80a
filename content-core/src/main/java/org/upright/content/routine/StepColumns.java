package org.upright.content.routine;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A step as stored, both in the working copy (routine_step) and in snapshots (routine_version_step). */
@Embeddable
class StepColumns {

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String instructions;

    @Column(name = "hold_seconds", nullable = false)
    private int holdSeconds;

    @Column(name = "relax_seconds", nullable = false)
    private int relaxSeconds;

    @Column(nullable = false)
    private int repetitions;

    @Column(name = "per_side", nullable = false)
    private boolean perSide;

    @Column(name = "safety_cue", nullable = false, length = 300)
    private String safetyCue;

    @Column(length = 500)
    private String image;

    @Column(name = "image_alt", length = 300)
    private String imageAlt;

    @Column(nullable = false)
    private boolean moving;

    @Column(name = "easier_instructions", length = 600)
    private String easierInstructions;

    @Column(name = "easier_hold_seconds")
    private Integer easierHoldSeconds;

    @Column(name = "easier_repetitions")
    private Integer easierRepetitions;

    @Column(name = "harder_instructions", length = 600)
    private String harderInstructions;

    @Column(name = "harder_hold_seconds")
    private Integer harderHoldSeconds;

    @Column(name = "harder_repetitions")
    private Integer harderRepetitions;

    protected StepColumns() {
    }

    static StepColumns of(RoutineStep step) {
        StepColumns c = new StepColumns();
        c.title = step.title().strip();
        c.instructions = step.instructions().strip();
        c.holdSeconds = step.holdSeconds();
        c.relaxSeconds = step.relaxSeconds();
        c.repetitions = step.repetitions();
        c.perSide = step.perSide();
        c.safetyCue = step.safetyCue().strip();
        c.image = step.image();
        c.imageAlt = step.imageAlt();
        c.moving = step.moving();
        if (step.easier() != null) {
            c.easierInstructions = step.easier().instructions();
            c.easierHoldSeconds = step.easier().holdSeconds();
            c.easierRepetitions = step.easier().repetitions();
        }
        if (step.harder() != null) {
            c.harderInstructions = step.harder().instructions();
            c.harderHoldSeconds = step.harder().holdSeconds();
            c.harderRepetitions = step.harder().repetitions();
        }
        return c;
    }

    RoutineStep toStep() {
        return new RoutineStep(title, instructions, holdSeconds, relaxSeconds, repetitions, perSide, safetyCue,
                StepImages.uploadId(image).isPresent() || StepImages.figureName(image).isPresent() ? image : null,
                imageAlt, moving, variant(easierInstructions, easierHoldSeconds, easierRepetitions),
                variant(harderInstructions, harderHoldSeconds, harderRepetitions));
    }

    private static StepVariant variant(String instructions, Integer holdSeconds, Integer repetitions) {
        return instructions == null || holdSeconds == null || repetitions == null ? null
                : new StepVariant(instructions, holdSeconds, repetitions);
    }
}
