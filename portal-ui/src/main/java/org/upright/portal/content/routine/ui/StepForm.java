package org.upright.portal.content.routine.ui;

import org.upright.content.routine.RoutineStep;
import org.upright.content.routine.StepVariant;

/** One step as typed: numbers may be empty while the admin types, so they are Integers here. */
class StepForm {

    private String title = "";
    private String instructions = "";
    private Integer holdSeconds = 20;
    private Integer relaxSeconds = 10;
    private Integer repetitions = 3;
    private boolean perSide;
    private String safetyCue = "";
    private String image;
    private String imageAlt = "";
    private boolean moving;
    private final Variant easier = new Variant();
    private final Variant harder = new Variant();

    /** An easier or harder version as typed; {@code offered} says whether the step has one. */
    static final class Variant {
        private boolean offered;
        private String instructions = "";
        private Integer holdSeconds;
        private Integer repetitions;

        void read(StepVariant v) {
            offered = v != null;
            instructions = v == null ? "" : v.instructions();
            holdSeconds = v == null ? null : v.holdSeconds();
            repetitions = v == null ? null : v.repetitions();
        }

        /** Null when not offered; numbers left empty become 0, which validation then reports. */
        StepVariant toVariant() {
            return offered ? new StepVariant(instructions, holdSeconds == null ? 0 : holdSeconds,
                    repetitions == null ? 0 : repetitions) : null;
        }

        boolean isOffered() {
            return offered;
        }

        void setOffered(boolean offered) {
            this.offered = offered;
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

        Integer getRepetitions() {
            return repetitions;
        }

        void setRepetitions(Integer repetitions) {
            this.repetitions = repetitions;
        }
    }

    static StepForm of(RoutineStep s) {
        StepForm f = new StepForm();
        f.title = s.title();
        f.instructions = s.instructions();
        f.holdSeconds = s.holdSeconds();
        f.relaxSeconds = s.relaxSeconds();
        f.repetitions = s.repetitions();
        f.perSide = s.perSide();
        f.safetyCue = s.safetyCue();
        f.image = s.image();
        f.imageAlt = s.imageAlt() == null ? "" : s.imageAlt();
        f.moving = s.moving();
        f.easier.read(s.easier());
        f.harder.read(s.harder());
        return f;
    }

    RoutineStep toStep() {
        return new RoutineStep(title, instructions, holdSeconds, relaxSeconds, repetitions, perSide, safetyCue, image,
                imageAlt, moving, easier.toVariant(), harder.toVariant());
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

    String getImage() {
        return image;
    }

    void setImage(String image) {
        this.image = image;
    }

    String getImageAlt() {
        return imageAlt;
    }

    void setImageAlt(String imageAlt) {
        this.imageAlt = imageAlt;
    }

    boolean isMoving() {
        return moving;
    }

    void setMoving(boolean moving) {
        this.moving = moving;
    }

    Variant getEasier() {
        return easier;
    }

    Variant getHarder() {
        return harder;
    }
}
