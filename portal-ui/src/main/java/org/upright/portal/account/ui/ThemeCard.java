package org.upright.portal.account.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import java.util.List;

/**
 * Light or dark, or like the device: the choice is kept in this browser (localStorage) by
 * {@code upright/theme/theme.js}, which also applies it to every page before it is drawn; the
 * server never stores it, so the switch asks the page what is chosen when it is shown.
 */
class ThemeCard extends Div {

    /** The values theme.js knows: no choice ("device"), or one of Lumo's two themes. */
    static final List<String> CHOICES = List.of("device", "light", "dark");

    private final RadioButtonGroup<String> toggle = new RadioButtonGroup<>();

    ThemeCard() {
        addClassName("card");
        setId("profile-theme");
        toggle.setLabel(getTranslation("theme.card.label"));
        toggle.setItems(CHOICES);
        toggle.setItemLabelGenerator(choice -> getTranslation("theme.card." + choice));
        toggle.setValue("device");
        toggle.setId("theme-toggle");
        toggle.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getElement().executeJs("if (window.uprightTheme) window.uprightTheme.choose($0)", e.getValue());
            }
        });
        Paragraph how = new Paragraph(getTranslation("theme.card.how"));
        how.setId("theme-how");
        add(new H3(getTranslation("theme.card.title")), how, toggle);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("return window.uprightTheme ? window.uprightTheme.choice() : 'device'")
                .then(String.class, chosen -> toggle.setValue(CHOICES.contains(chosen) ? chosen : "device"));
    }
}
