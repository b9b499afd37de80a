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

    @Column(name = "image_url", length = 500)
    private String imageUrl;

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
        c.imageUrl = step.imageUrl();
        return c;
    }

    RoutineStep toStep() {
        return new RoutineStep(title, instructions, holdSeconds, relaxSeconds, repetitions, perSide, safetyCue, imageUrl);
    }
}
