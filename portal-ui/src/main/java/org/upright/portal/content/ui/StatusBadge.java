package org.upright.portal.content.ui;

import com.vaadin.flow.component.html.Span;
import org.upright.content.shared.ContentStatus;

/** DRAFT / PUBLISHED / ARCHIVED as a coloured label (text, not colour alone, carries the meaning). */
public class StatusBadge extends Span {

    public StatusBadge() {
        addClassName("status-badge");
    }

    public StatusBadge(ContentStatus status) {
        this();
        show(status);
    }

    public final void show(ContentStatus status) {
        setText(status == null ? getTranslation("content.badge.new") : status.label());
        getElement().setAttribute("data-status", status == null ? "new" : status.name().toLowerCase(java.util.Locale.ROOT));
    }
}
