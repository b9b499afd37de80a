package org.upright.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A titled card of the client page; its content goes into {@link #body()}, which can be redrawn. */
public class Card extends Div {

    private final Div body = new Div();

    public Card(String title, String id) {
        addClassName("card");
        setId(id);
        add(new H3(title), body);
    }

    public Div body() {
        return body;
    }

    /** One written entry of a list (a message, a note): a small line saying who and when, then the text. */
    public static Div entry(String meta, String text) {
        Span line = new Span(meta);
        line.addClassName("entry-meta");
        Div entry = new Div(line, new Paragraph(text));
        entry.addClassName("entry");
        return entry;
    }
}
