package org.upright.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.upright.accounts.audit.AuditEntry;
import org.upright.kernel.text.Dates;

import java.time.ZoneId;

/** One audit entry in full: the grid cuts long details to a line, here they wrap and can be read whole. */
class AuditEntryDialog extends Dialog {

    AuditEntryDialog(AuditEntry entry, ZoneId zone, String target) {
        setHeaderTitle(entry.action().label());
        setId("audit-entry-dialog");
        setWidth("min(40rem, 100vw)");
        Div fields = new Div(
                field(getTranslation("audit.when"), Dates.moment(entry.at(), zone)),
                field(getTranslation("audit.who"), entry.actorUsername()),
                field(getTranslation("audit.target"), entry.targetId() == null ? target
                        : getTranslation("audit.target.with-id", target, entry.targetId())),
                field(getTranslation("audit.details"), entry.details() == null || entry.details().isBlank()
                        ? getTranslation("audit.details.none") : entry.details()));
        fields.addClassName("audit-entry-fields");
        fields.setId("audit-entry-details");
        add(fields);
        Button close = new Button(getTranslation("audit.entry.close"), e -> close());
        close.setId("audit-entry-close");
        getFooter().add(close);
    }

    private static Div field(String label, String value) {
        Span name = new Span(label);
        name.addClassName("audit-entry-label");
        Span text = new Span(value);
        text.addClassName("audit-entry-value");
        Div field = new Div(name, text);
        field.addClassName("audit-entry-field");
        return field;
    }
}
