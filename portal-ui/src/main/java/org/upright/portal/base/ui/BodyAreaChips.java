package org.upright.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import org.upright.kernel.BodyArea;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Toggle chips for where it hurts (buttons with aria-pressed). */
public class BodyAreaChips extends Div {

    private final Map<BodyArea, Button> chips = new EnumMap<>(BodyArea.class);
    private final Set<BodyArea> selected = EnumSet.noneOf(BodyArea.class);

    public BodyAreaChips(String idPrefix) {
        addClassName("area-chips");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("base.areas.label"));
        for (BodyArea area : BodyArea.values()) {
            Button chip = new Button(area.label(), e -> toggle(area));
            chip.setId(idPrefix + "-area-" + area.name().toLowerCase(java.util.Locale.ROOT));
            chips.put(area, chip);
            add(chip);
        }
        render();
    }

    public Set<BodyArea> getValue() {
        return Set.copyOf(selected);
    }

    public void setValue(Set<BodyArea> areas) {
        selected.clear();
        selected.addAll(areas);
        render();
    }

    private void toggle(BodyArea area) {
        if (!selected.remove(area)) {
            selected.add(area);
        }
        render();
    }

    private void render() {
        chips.forEach((area, chip) -> {
            boolean on = selected.contains(area);
            chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
            if (on) {
                chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                chip.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }
}
