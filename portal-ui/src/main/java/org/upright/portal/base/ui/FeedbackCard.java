package org.upright.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import org.upright.accounts.AccountService;
import org.upright.portal.feedback.FeedbackItem;
import org.upright.portal.feedback.FeedbackService;
import org.upright.kernel.text.Dates;

import java.time.ZoneId;
import java.util.List;

/**
 * The member's unread messages from their coach, each with "Mark as read". Hidden when there
 * is nothing unread.
 */
@StyleSheet("context://upright/feedback.css")
public class FeedbackCard extends Div {

    private final FeedbackService feedback;
    private final ZoneId zone;

    FeedbackCard(FeedbackService feedback, AccountService accounts) {
        this.feedback = feedback;
        this.zone = accounts.requireCurrentProfile().zone();
        addClassNames("card", "feedback-card");
        setId("feedback-card");
        render();
    }

    /** A card wired to the application's services, for views that add it in one line. */
    public static FeedbackCard create() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(FeedbackCard.class);
    }

    private void render() {
        removeAll();
        List<FeedbackItem> unread = feedback.myUnread();
        setVisible(!unread.isEmpty());
        if (unread.isEmpty()) {
            return;
        }
        add(new H3(unread.size() == 1 ? "A message from your coach" : unread.size() + " messages from your coach"));
        unread.forEach(item -> add(message(item)));
    }

    private Div message(FeedbackItem item) {
        Span from = new Span(item.coachName() + " · " + Dates.day(item.sentAt(), zone));
        from.addClassName("feedback-from");
        Paragraph text = new Paragraph(item.message());
        text.addClassName("feedback-text");
        Button read = new Button("Mark as read", e -> {
            feedback.markRead(item.id());
            render();
        });
        read.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        read.setId("mark-read-" + item.id());
        Div message = new Div(from, text, read);
        message.addClassName("feedback-message");
        return message;
    }
}
