package org.upright.portal.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import org.upright.tracker.coaching.ConversationMessage;
import org.upright.tracker.coaching.ConversationService;
import org.upright.tracker.coaching.MessageThread;

import java.util.List;

/**
 * Messages on the member's Today: how many of the coach's messages are new, the latest of them,
 * and the way to the whole conversation. Hidden for a member without a coach.
 */
@StyleSheet("context://upright/messages.css")
public class MessagesCard extends Div {

    /** The member's route of the whole conversation. */
    public static final String MESSAGES_ROUTE = "messages";
    private static final int PREVIEW = 140;

    MessagesCard(ConversationService conversations) {
        addClassNames("card", "messages-card");
        setId("messages-card");
        MessageThread thread = conversations.myThread();
        setVisible(thread.hasCoach());
        if (!thread.hasCoach()) {
            return;
        }
        List<ConversationMessage> unread = thread.messages().stream().filter(m -> m.fromCoach() && m.unread()).toList();
        H3 title = new H3(getTranslation("base.messages-card.title"));
        add(title);
        if (unread.isEmpty()) {
            add(new Paragraph(getTranslation("base.messages-card.nothing-new", thread.coachName())));
        } else {
            Span count = new Span(getTranslation("base.messages-card.unread", unread.size()));
            count.addClassNames("badge", "messages-unread");
            count.setId("messages-unread");
            title.add(count);
            Paragraph latest = new Paragraph(thread.coachName() + ": " + preview(unread.getLast().body()));
            latest.addClassName("messages-preview");
            add(latest);
        }
        Anchor open = Links.to(MESSAGES_ROUTE, getTranslation(unread.isEmpty() ? "base.messages-card.open" : "base.messages-card.reply"));
        open.addClassName("card-action");
        open.setId("open-messages");
        add(open);
    }

    /** A card wired to the application's services, for views that add it in one line. */
    public static MessagesCard create() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(MessagesCard.class);
    }

    private static String preview(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= PREVIEW ? line : line.substring(0, PREVIEW - 1).stripTrailing() + "…";
    }
}
