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

    /** The bundle key of the banner's first sentence. */
    public static final String MESSAGE = "content.conflict-banner.message";

    private long latestLockVersion;

    public ConflictBanner(Runnable reload, java.util.function.LongConsumer keepEditing) {
        setId("conflict");
        addClassName("conflict-banner");
        getElement().setAttribute("role", "alert");
        Paragraph message = new Paragraph(getTranslation(MESSAGE));
        Paragraph hint = new Paragraph(getTranslation("content.conflict-banner.hint"));
        hint.addClassName("conflict-hint");
        Button reloadButton = new Button(getTranslation("content.conflict-banner.reload"), e -> {
            setVisible(false);
            reload.run();
        });
        reloadButton.setId("conflict-reload");
        Button keepButton = new Button(getTranslation("content.conflict-banner.keep"), e -> {
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
