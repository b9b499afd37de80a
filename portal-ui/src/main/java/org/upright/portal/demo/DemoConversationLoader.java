package org.upright.portal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.content.shared.StartupTask;
import org.upright.kernel.actor.Actors;
import org.upright.tracker.coaching.ConversationService;
import org.upright.tracker.shared.MemberCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A short conversation between the demo member and the demo coach over the last week, so Messages,
 * the menu badge and the coach's client page have something to show: read on both sides except
 * the coach's latest, which is new for the member. Added once, to a thread that has no messages.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(35)
class DemoConversationLoader implements StartupTask {

    /** One message: who wrote it, how many days ago and when (member's time), and after how many minutes it was read. */
    record DemoMessage(boolean fromCoach, int daysAgo, LocalTime at, Integer readAfterMinutes, String body) {
    }

    static final List<DemoMessage> MESSAGES = List.of(
            new DemoMessage(true, 6, LocalTime.of(8, 40), 95,
                    "Hi Mia, how is week 3 of the Mid-back reset going? Keep the wall press slow and easy each morning, "
                            + "and stop a hold if the pain climbs above your usual level."),
            new DemoMessage(false, 6, LocalTime.of(12, 15), 50,
                    "Thanks Casey! Did it before work. The second round felt tight between my shoulder blades. Is that normal?"),
            new DemoMessage(true, 6, LocalTime.of(13, 5), 240,
                    "A little tightness early on is normal. Breathe out as you press and keep the holds shorter for now. "
                            + "If it turns sharp, skip that step and tell me."),
            new DemoMessage(false, 3, LocalTime.of(19, 30), 720,
                    "Much better this week. The doorway stretch in the afternoon really helps at the desk."),
            new DemoMessage(true, 1, LocalTime.of(9, 10), null,
                    "Great to hear, and your ratings show it too. Try the core basics after work this week rather than "
                            + "first thing in the morning."));

    private static final Logger log = LoggerFactory.getLogger(DemoConversationLoader.class);

    private final AccountService accounts;
    private final ConversationService conversations;
    private final MemberCalendar calendar;

    DemoConversationLoader(AccountService accounts, ConversationService conversations, MemberCalendar calendar) {
        this.accounts = accounts;
        this.conversations = conversations;
        this.calendar = calendar;
    }

    @Override
    public void runAtStartup() {
        AccountProfile member = accounts.findByUsername(DemoDataLoader.MEMBER).orElse(null);
        if (member == null || member.coachId() == null) {
            return;
        }
        Actors.runAsSystem(() -> load(member));
    }

    private void load(AccountProfile member) {
        if (conversations.messageCount(member.id()) > 0) {
            return;
        }
        LocalDate today = calendar.today(member.id());
        ZoneId zone = member.zone();
        for (DemoMessage m : MESSAGES) {
            Instant sent = today.minusDays(m.daysAgo()).atTime(m.at()).atZone(zone).toInstant();
            Instant read = m.readAfterMinutes() == null ? null : sent.plusSeconds(60L * m.readAfterMinutes());
            conversations.importMessage(member.id(), m.fromCoach(), m.body(), sent, read);
        }
        log.info("Demo conversation: {} messages between '{}' and their coach", MESSAGES.size(), member.username());
    }
}
