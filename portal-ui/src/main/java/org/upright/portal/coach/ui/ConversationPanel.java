package org.upright.portal.coach.ui;

import org.upright.portal.base.ui.Texts;
import com.vaadin.flow.component.notification.Notification;
import org.upright.portal.base.ui.Card;
import org.upright.portal.base.ui.ConversationThread;
import org.upright.portal.base.ui.MessageComposer;
import org.upright.tracker.coaching.ConversationService;
import org.upright.tracker.coaching.MessageThread;

import java.time.ZoneId;

/**
 * The conversation with the client on their page: the thread (the client's new messages count
 * as read once shown here) and the box to write. Private notes are a separate panel.
 */
class ConversationPanel extends Card {

    private final ConversationService conversations;
    private final long memberId;
    private final ConversationThread thread;

    ConversationPanel(ConversationService conversations, long memberId, ZoneId zone) {
        super(Texts.text("coach.messages.title"), "client-messages");
        this.conversations = conversations;
        this.memberId = memberId;
        this.thread = new ConversationThread(true, zone);
        MessageThread current = conversations.threadWith(memberId);
        thread.show(current);
        body().add(thread, new MessageComposer(getTranslation("coach.messages.to", current.memberName()),
                text -> conversations.send(memberId, text), this::sent));
        conversations.markClientThreadRead(memberId);
    }

    private void sent() {
        thread.show(conversations.threadWith(memberId));
        Notification.show(getTranslation("coach.messages.sent"));
    }
}
