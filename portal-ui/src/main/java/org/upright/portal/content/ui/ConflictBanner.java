package org.upright.portal.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Tells an admin that someone saved the item since they opened it. Their typed text stays in the
 * form either way: "Reload" replaces it with the newer version, "Keep editing" lets their next
 * save replace the other person's changes.
 */
public class ConflictBanner extends Div {

    public static final String MESSAGE = "This item was changed by someone else — reload or keep editing";

    private long latestLockVersion;

    public ConflictBanner(Runnable reload, java.util.function.LongConsumer keepEditing) {
        setId("conflict");
        addClassName("conflict-banner");
        getElement().setAttribute("role", "alert");
        Paragraph message = new Paragraph(MESSAGE);
        Paragraph hint = new Paragraph("Reload shows their version (your unsaved text is discarded). "
                + "Keep editing keeps your text; your next save replaces their changes.");
        hint.addClassName("conflict-hint");
        Button reloadButton = new Button("Reload their version", e -> {
            setVisible(false);
            reload.run();
        });
        reloadButton.setId("conflict-reload");
        Button keepButton = new Button("Keep editing", e -> {
            setVisible(false);
            keepEditing.accept(latestLockVersion);
        });
        keepButton.setId("conflict-keep");
        keepButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(message, hint, new Div(reloadButton, keepButton));
        setVisible(false);
    }

    public void open(long latestLockVersion) {
        this.latestLockVersion = latestLockVersion;
        setVisible(true);
    }
}
