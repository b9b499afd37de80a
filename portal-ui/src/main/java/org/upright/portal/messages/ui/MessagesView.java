package org.upright.portal.messages.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.accounts.AccountService;
import org.upright.portal.base.ui.ConversationThread;
import org.upright.portal.base.ui.MessageComposer;
import org.upright.portal.base.ui.MessagesCard;
import org.upright.tracker.coaching.ConversationService;
import org.upright.tracker.coaching.MessageThread;

/**
 * The member's conversation with their coach, made for a phone: the thread with the newest
 * message last, the box to reply under it. Opening it counts the coach's messages as read; they
 * stay in the thread. No screening gate: a member the screening stopped can still write.
 */
@Route(MessagesCard.MESSAGES_ROUTE)
@Menu(title = "messages.nav", order = 5, icon = "vaadin:comments-o")
@RolesAllowed("MEMBER")
class MessagesView extends Main implements HasDynamicTitle {

    private final ConversationService conversations;
    private final ConversationThread thread;

    MessagesView(ConversationService conversations, AccountService accounts) {
        this.conversations = conversations;
        this.thread = new ConversationThread(false, accounts.requireCurrentProfile().zone());
        addClassNames("page", "messages-page");
        setId("messages");
        MessageThread current = conversations.myThread();
        if (!current.hasCoach()) {
            Paragraph none = new Paragraph(getTranslation("messages.no-coach"));
            none.setId("messages-no-coach");
            add(none);
            return;
        }
        Paragraph with = new Paragraph(getTranslation("messages.with", current.coachName()));
        with.addClassName("messages-with");
        with.setId("messages-with");
        thread.show(current);
        add(with, thread, new MessageComposer(getTranslation("messages.reply-to", current.coachName()), conversations::reply, this::refresh));
        conversations.markMyThreadRead();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.title");
    }

    private void refresh() {
        thread.show(conversations.myThread());
    }
}
