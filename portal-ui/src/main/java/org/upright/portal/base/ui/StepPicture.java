package org.upright.portal.base.ui;

import com.vaadin.flow.component.html.Image;
import org.upright.content.routine.RoutineStep;
import org.upright.content.routine.StepImages;

import java.util.Optional;

/**
 * Where a step's picture is served from: drawings shipped with the portal are static files under
 * upright/figures/, uploaded ones come from upright/step-images/&lt;id&gt;. Anything else (such as
 * an external address left in an old published version) is not shown.
 */
public final class StepPicture {

    static final String FIGURES = "upright/figures/";
    static final String UPLOADS = "upright/step-images/";

    private StepPicture() {
    }

    /** The picture's address relative to the app's root, if the step has a picture. */
    public static Optional<String> src(String reference) {
        Optional<String> figure = StepImages.figureName(reference).map(name -> FIGURES + name + ".svg");
        if (figure.isPresent()) {
            return figure;
        }
        var upload = StepImages.uploadId(reference);
        return upload.isPresent() ? Optional.of(UPLOADS + upload.getAsLong()) : Optional.empty();
    }

    /** An image of the step's position with its description as alt text, if it has a picture. */
    public static Optional<Image> of(RoutineStep step) {
        return src(step.image()).map(src -> {
            Image image = new Image(src, step.imageAlt() == null ? step.title() : step.imageAlt());
            image.addClassName("step-image");
            return image;
        });
    }
}
