package org.upright.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** The 0–10 Numeric Rating Scale as eleven big buttons (a radio group for assistive technology). */
public class ScoreScale extends Div {

    private final List<Button> buttons = new ArrayList<>();
    private final List<IntConsumer> listeners = new ArrayList<>();
    private Integer value;

    public ScoreScale(String idPrefix, String labelledBy) {
        addClassName("score-scale");
        getElement().setAttribute("role", "radiogroup");
        getElement().setAttribute("aria-labelledby", labelledBy);
        for (int score = 0; score <= 10; score++) {
            int chosen = score;
            Button button = new Button(String.valueOf(score), e -> choose(chosen));
            button.setId(idPrefix + "-score-" + score);
            button.getElement().setAttribute("role", "radio");
            button.getElement().setAttribute("aria-label", getTranslation("base.score.aria", score) + anchorWord(score));
            buttons.add(button);
            add(button);
        }
        render();
    }

    /** Called with the score whenever the member taps one (also when it is the current one). */
    public void addChoiceListener(IntConsumer listener) {
        listeners.add(listener);
    }

    public Integer getValue() {
        return value;
    }

    public void setValue(Integer score) {
        value = score;
        render();
    }

    private void choose(int score) {
        setValue(score);
        listeners.forEach(l -> l.accept(score));
    }

    private void render() {
        for (int score = 0; score <= 10; score++) {
            Button button = buttons.get(score);
            boolean selected = value != null && value == score;
            button.getElement().setAttribute("aria-checked", String.valueOf(selected));
            if (selected) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
    }

    public static String anchorWord(int score) {
        return switch (score) {
            case 0, 5, 10 -> Texts.text("base.score.anchor." + score);
            default -> "";
        };
    }
}
