package org.upright.portal.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.upright.kernel.text.Dates;
import org.upright.tracker.coaching.ConversationMessage;
import org.upright.tracker.coaching.MessageThread;

import java.time.ZoneId;

/**
 * The messages of one conversation, oldest first, as the member or the coach reads them: their
 * own messages on one side with whether the other has read them, the other's on the other side
 * with "New" on those that arrived since the reader last opened the thread.
 */
@StyleSheet("context://upright/messages.css")
public class ConversationThread extends Div {

    private final boolean readerIsCoach;
    private final ZoneId zone;

    public ConversationThread(boolean readerIsCoach, ZoneId zone) {
        this.readerIsCoach = readerIsCoach;
        this.zone = zone;
        addClassName("message-thread");
        setId("message-thread");
    }

    /** Draws the thread afresh; the newest message is scrolled into view (it sits next to the composer). */
    public void show(MessageThread thread) {
        removeAll();
        if (thread.earlierMessages()) {
            Paragraph older = new Paragraph(getTranslation("base.thread.older"));
            older.addClassName("message-older");
            add(older);
        }
        if (thread.messages().isEmpty()) {
            Paragraph empty = new Paragraph(readerIsCoach
                    ? getTranslation("base.thread.empty.coach", thread.memberName())
                    : thread.coachName() == null ? getTranslation("base.thread.empty.member.no-name")
                    : getTranslation("base.thread.empty.member", thread.coachName()));
            empty.addClassName("message-empty");
            empty.setId("message-empty");
            add(empty);
            return;
        }
        Div last = null;
        for (ConversationMessage message : thread.messages()) {
            last = bubble(message);
            add(last);
        }
        last.scrollIntoView();
    }

    private Div bubble(ConversationMessage message) {
        boolean mine = message.fromCoach() == readerIsCoach;
        Span meta = new Span((mine ? getTranslation("base.thread.you") : message.authorName()) + " · "
                + Dates.moment(message.sentAt(), zone));
        meta.addClassName("message-meta");
        Paragraph text = new Paragraph(message.body());
        text.addClassName("message-text");
        Div bubble = new Div(meta, text);
        bubble.addClassNames("message", mine ? "message-mine" : "message-theirs");
        bubble.setId("message-" + message.id());
        if (mine) {
            Span state = new Span(message.unread() ? getTranslation("base.thread.unread")
                    : getTranslation("base.thread.read", Dates.moment(message.readAt(), zone)));
            state.addClassName("message-state");
            bubble.add(state);
        } else if (message.unread()) {
            Span fresh = new Span(getTranslation("base.thread.new"));
            fresh.addClassNames("message-new", "badge");
            meta.add(fresh);
        }
        return bubble;
    }
}
