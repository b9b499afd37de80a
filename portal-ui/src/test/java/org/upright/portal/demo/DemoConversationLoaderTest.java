package org.upright.portal.demo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.accounts.NewAccount;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.coaching.ConversationMessage;
import org.upright.tracker.coaching.ConversationService;
import org.upright.tracker.shared.MemberCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo member's conversation with the demo coach is added once, in order, read on both sides
 * but for the coach's latest message. (Demo loaders do not run against the test database, so the
 * test runs this one itself.)
 */
@SpringBootTest
class DemoConversationLoaderTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ConversationService conversations;
    @Autowired
    MemberCalendar calendar;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theDemoMemberAndCoachGetAShortConversationOnceOnly() {
        AccountProfile coach = accounts.findByUsername(DemoDataLoader.COACH).orElseGet(() -> accounts.create(
                new NewAccount(DemoDataLoader.COACH, "Casey Coach", "coach-upright", Role.COACH, null)));
        AccountProfile member = accounts.findByUsername(DemoDataLoader.MEMBER).orElseGet(() -> accounts.create(
                new NewAccount(DemoDataLoader.MEMBER, "Mia Member", "member-upright", Role.MEMBER, coach.id())));
        DemoConversationLoader loader = new DemoConversationLoader(accounts, conversations, calendar);
        loader.runAtStartup();
        loader.runAtStartup();

        TestAccounts.signIn(member);
        var thread = conversations.myThread();
        assertThat(thread.messages()).extracting(ConversationMessage::body)
                .containsExactlyElementsOf(DemoConversationLoader.MESSAGES.stream().map(m -> m.body()).toList());
        assertThat(thread.messages()).extracting(ConversationMessage::fromCoach).containsExactly(true, false, true, false, true);
        assertThat(conversations.myUnreadCount()).isEqualTo(1);
        TestAccounts.signIn(coach);
        assertThat(conversations.unreadByClient()).doesNotContainKey(member.id());
    }
}
