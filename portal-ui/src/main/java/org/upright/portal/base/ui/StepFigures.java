package org.upright.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.dom.Element;
import org.upright.content.routine.RoutineStep;

import java.util.List;

/**
 * The pictures of a routine's steps for the timer page, large, one at a time: the
 * {@code <upright-step-figures>} element (upright/content/upright-step-figures.js) shows the figure of
 * the step the timer is on. Each figure has the position's description as alt text and the step's
 * title as caption; steps without a picture get a caption only.
 */
@Tag("upright-step-figures")
@JavaScript("context://upright/content/upright-step-figures.js")
@StyleSheet("context://upright/content.css")
public class StepFigures extends Component {

    public StepFigures(List<RoutineStep> steps, String timerId) {
        setId("step-figures");
        getElement().setAttribute("for", timerId);
        getElement().setAttribute("aria-live", "off");
        for (int i = 0; i < steps.size(); i++) {
            RoutineStep step = steps.get(i);
            Element figure = new Element("figure");
            figure.setAttribute("data-step", String.valueOf(i));
            figure.getClassList().add("timer-figure");
            if (i > 0) {
                figure.setAttribute("hidden", true);
            }
            int index = i;
            StepPicture.src(step.image()).ifPresent(src -> {
                Element img = new Element("img");
                img.setAttribute("src", src);
                img.setAttribute("alt", step.imageAlt() == null ? step.title() : step.imageAlt());
                img.getClassList().add("timer-figure-image");
                if (index > 0) {
                    img.setAttribute("loading", "lazy");
                }
                figure.appendChild(img);
            });
            Element caption = new Element("figcaption");
            caption.setText(Texts.text(step.moving() ? "base.step-figures.caption.moving" : "base.step-figures.caption",
                    i + 1, steps.size(), step.title()));
            figure.appendChild(caption);
            getElement().appendChild(figure);
        }
    }
}
