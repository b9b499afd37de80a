package org.upright.portal.coach.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** A titled card of the client page; its content goes into {@link #body()}, which can be redrawn. */
class Card extends Div {

    private final Div body = new Div();

    Card(String title, String id) {
        addClassName("card");
        setId(id);
        add(new H3(title), body);
    }

    Div body() {
        return body;
    }
}
