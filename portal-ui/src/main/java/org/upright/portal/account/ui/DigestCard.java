package org.upright.portal.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.tracker.digest.CoachDigestService;
import org.upright.tracker.digest.CoachDigestSettings;

import java.time.format.DateTimeFormatter;

/**
 * The coach's daily digest of new urgent alerts: one box to switch it on (off until they do). Says
 * what is missing when it cannot reach the coach, and has no box at all when the portal sends no mail.
 */
class DigestCard extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    DigestCard(CoachDigestService digests) {
        addClassName("card");
        setId("profile-digest");
        CoachDigestSettings settings = digests.settings();
        Paragraph how = new Paragraph(explanation(settings));
        how.setId("digest-how");
        Checkbox optIn = new Checkbox(getTranslation("digest.card.opt-in"), settings.enabled());
        optIn.setId("digest-opt-in");
        optIn.setVisible(settings.mailAvailable());
        // with no address only switching off is possible
        optIn.setEnabled(settings.deliverable() || settings.enabled());
        optIn.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                CoachDigestSettings saved = digests.choose(e.getValue());
                how.setText(explanation(saved));
                optIn.setEnabled(saved.deliverable() || saved.enabled());
                Notification.show(getTranslation(saved.enabled() ? "digest.card.saved.on" : "digest.card.saved.off"));
            } catch (InvalidInputException problems) {
                optIn.setValue(e.getOldValue());
                Notification.show(String.join(" ", problems.fieldMessages().values()));
            }
        });
        add(new H3(getTranslation("digest.card.title")), how, optIn);
    }

    private String explanation(CoachDigestSettings s) {
        if (!s.mailAvailable()) {
            return getTranslation("digest.card.no-mail");
        }
        if (!s.hasEmail()) {
            return getTranslation("digest.card.no-address");
        }
        return getTranslation("digest.card.how", TIME.format(s.sendAt()), s.zone().getId().replace('_', ' '));
    }
}
