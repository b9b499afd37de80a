package org.upright.portal.coach.ui;

import org.upright.portal.base.ui.Card;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.upright.portal.feedback.FeedbackItem;
import org.upright.portal.feedback.FeedbackService;
import org.upright.kernel.text.Dates;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.FieldMessages;

import java.time.ZoneId;

/** A short message the member sees on their home page, and the messages sent so far with read or unread. */
class FeedbackPanel extends Card {

    private final FeedbackService feedback;
    private final long memberId;
    private final ZoneId zone;
    private final Div sent = new Div();

    FeedbackPanel(FeedbackService feedback, long memberId, ZoneId zone) {
        super("Feedback to the client", "client-feedback");
        this.feedback = feedback;
        this.memberId = memberId;
        this.zone = zone;
        TextArea message = new TextArea("Message");
        message.setMaxLength(FeedbackService.MAX_LENGTH);
        message.setValueChangeMode(ValueChangeMode.EAGER);
        message.setHelperText("0/" + FeedbackService.MAX_LENGTH);
        message.addValueChangeListener(e -> message.setHelperText(e.getValue().length() + "/" + FeedbackService.MAX_LENGTH));
        message.setWidthFull();
        message.setId("feedback-message");
        FieldMessages messages = new FieldMessages().bind("message", message);
        Button send = new Button("Send", e -> {
            try {
                feedback.send(memberId, message.getValue());
                messages.clear();
                message.clear();
                Notification.show("Sent: the client sees it on their home page");
                showSent();
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-feedback");
        sent.setId("sent-feedback");
        body().add(message, send, sent);
        showSent();
    }

    private void showSent() {
        sent.removeAll();
        for (FeedbackItem item : feedback.sentTo(memberId)) {
            sent.add(entry(Dates.moment(item.sentAt(), zone) + " · "
                    + (item.unread() ? "unread" : "read " + Dates.moment(item.readAt(), zone)), item.message()));
        }
    }
}
