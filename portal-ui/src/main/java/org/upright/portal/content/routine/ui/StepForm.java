package org.upright.portal.content.routine.ui;

import org.upright.content.routine.RoutineStep;

/** One step as typed: numbers may be empty while the admin types, so they are Integers here. */
class StepForm {

    private String title = "";
    private String instructions = "";
    private Integer holdSeconds = 20;
    private Integer relaxSeconds = 10;
    private Integer repetitions = 3;
    private boolean perSide;
    private String safetyCue = "";
    private String imageUrl = "";

    static StepForm of(RoutineStep s) {
        StepForm f = new StepForm();
        f.title = s.title();
        f.instructions = s.instructions();
        f.holdSeconds = s.holdSeconds();
        f.relaxSeconds = s.relaxSeconds();
        f.repetitions = s.repetitions();
        f.perSide = s.perSide();
        f.safetyCue = s.safetyCue();
        f.imageUrl = s.imageUrl() == null ? "" : s.imageUrl();
        return f;
    }

    RoutineStep toStep() {
        return new RoutineStep(title, instructions, holdSeconds, relaxSeconds, repetitions, perSide, safetyCue, imageUrl);
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    String getInstructions() {
        return instructions;
    }

    void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    Integer getHoldSeconds() {
        return holdSeconds;
    }

    void setHoldSeconds(Integer holdSeconds) {
        this.holdSeconds = holdSeconds;
    }

    Integer getRelaxSeconds() {
        return relaxSeconds;
    }

    void setRelaxSeconds(Integer relaxSeconds) {
        this.relaxSeconds = relaxSeconds;
    }

    Integer getRepetitions() {
        return repetitions;
    }

    void setRepetitions(Integer repetitions) {
        this.repetitions = repetitions;
    }

    boolean isPerSide() {
        return perSide;
    }

    void setPerSide(boolean perSide) {
        this.perSide = perSide;
    }

    String getSafetyCue() {
        return safetyCue;
    }

    void setSafetyCue(String safetyCue) {
        this.safetyCue = safetyCue;
    }

    String getImageUrl() {
        return imageUrl;
    }

    void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
    }
}
