package org.upright.portal.coach;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.kernel.Role;
import org.upright.tracker.coaching.CoachNoteItem;
import org.upright.tracker.coaching.CoachNoteService;
import org.upright.tracker.coaching.ConversationMessage;
import org.upright.tracker.coaching.ConversationService;
import org.upright.tracker.coaching.MessageThread;
import org.upright.portal.testing.TestAccounts;
import org.upright.kernel.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two coaches, each with one member: every coach-callable method works for the coach's own
 * member and is refused for the other coach's member; members and admins cannot call them.
 * Messages and notes run here against the accounts module's real access policy.
 */
@SpringBootTest
class CoachAccessTest {

    @Autowired
    AccountService accountService;
    @Autowired
    ConversationService conversations;
    @Autowired
    CoachNoteService notes;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    AccountProfile coachA;
    AccountProfile coachB;
    AccountProfile memberA;
    AccountProfile memberB;

    @BeforeEach
    void twoCoachesTwoMembers() {
        coachA = accounts.create(Role.COACH);
        coachB = accounts.create(Role.COACH);
        memberA = accounts.create(Role.MEMBER, coachA.id());
        memberB = accounts.create(Role.MEMBER, coachB.id());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aCoachReachesOnlyTheirOwnClient() {
        TestAccounts.signIn(coachA);
        assertThat(accountService.requireMyClient(memberA.id()).username()).isEqualTo(memberA.username());
        assertThatThrownBy(() -> accountService.requireMyClient(memberB.id())).isInstanceOf(AccessDeniedException.class);
        // a coach id or an unknown id is not a client either
        assertThatThrownBy(() -> accountService.requireMyClient(coachB.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.requireMyClient(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void messagesGoOnlyToOwnClientsAndAreReadBackOnlyByTheirCoach() {
        TestAccounts.signIn(coachA);
        ConversationMessage sent = conversations.send(memberA.id(), "  Great streak this week — keep the wall press going!  ");
        assertThat(sent.body()).isEqualTo("Great streak this week — keep the wall press going!");
        assertThat(conversations.threadWith(memberA.id()).messages()).extracting(ConversationMessage::id).containsExactly(sent.id());

        assertThatThrownBy(() -> conversations.send(memberB.id(), "Hello from the wrong coach")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.threadWith(memberB.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.markClientThreadRead(memberB.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(conversations.unreadByClient()).doesNotContainKey(memberB.id());
        assertThat(countMessages(memberB.id())).isZero();

        TestAccounts.signIn(coachB);
        assertThatThrownBy(() -> conversations.threadWith(memberA.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void messagesAreValidated() {
        TestAccounts.signIn(coachA);
        assertThatThrownBy(() -> conversations.send(memberA.id(), "   "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsEntry("body", "Write a message"));
        assertThatThrownBy(() -> conversations.send(memberA.id(), "x".repeat(1001)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("body", "Keep it to 1000 characters"));
        assertThat(conversations.send(memberA.id(), "y".repeat(1000)).body()).hasSize(1000);
    }

    @Test
    void notesAreWrittenAndReadOnlyByTheMembersCoach() {
        TestAccounts.signIn(coachA);
        CoachNoteItem note = notes.add(memberA.id(), "Mentions desk work 9 h a day; suggest the desk program.");
        assertThat(notes.list(memberA.id())).extracting(CoachNoteItem::id).containsExactly(note.id());
        assertThat(note.authorName()).isEqualTo(coachA.displayName());
        assertThatThrownBy(() -> notes.add(memberB.id(), "Not mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.list(memberB.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.add(memberA.id(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("body"));

        TestAccounts.signIn(coachB);
        assertThatThrownBy(() -> notes.list(memberA.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(countRows("coach_note", memberB.id())).isZero();
    }

    @Test
    void membersReadAndAnswerOnlyTheirOwnThread() {
        TestAccounts.signIn(coachA);
        conversations.send(memberA.id(), "Nice work");
        TestAccounts.signIn(coachB);
        conversations.send(memberB.id(), "Keep going");

        TestAccounts.signIn(memberA);
        assertThat(conversations.myUnreadCount()).isEqualTo(1);
        MessageThread mine = conversations.myThread();
        assertThat(mine.coachName()).isEqualTo(coachA.displayName());
        assertThat(mine.messages()).extracting(ConversationMessage::body).containsExactly("Nice work");
        conversations.reply("Thank you!");
        assertThat(conversations.markMyThreadRead()).isEqualTo(1);
        assertThat(conversations.myUnreadCount()).isZero();
        assertThat(conversations.myThread().messages()).as("read messages stay").extracting(ConversationMessage::body)
                .containsExactly("Nice work", "Thank you!");
        assertThatThrownBy(() -> conversations.threadWith(memberB.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.send(memberB.id(), "hi")).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(memberB);
        assertThat(conversations.myThread().messages()).extracting(ConversationMessage::body).containsExactly("Keep going");
        assertThat(conversations.myUnreadCount()).isEqualTo(1);

        TestAccounts.signIn(coachA);
        assertThat(conversations.unreadByClient()).containsExactly(java.util.Map.entry(memberA.id(), 1));
    }

    @Test
    void membersAndAdminsCannotCallCoachMethods() {
        for (AccountProfile who : new AccountProfile[] {memberA, accounts.create(Role.ADMIN)}) {
            TestAccounts.signIn(who);
            assertThatThrownBy(() -> accountService.requireMyClient(memberA.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> conversations.send(memberA.id(), "hi")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> conversations.threadWith(memberA.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> conversations.markClientThreadRead(memberA.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> conversations.unreadByClient()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.add(memberA.id(), "hi")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.list(memberA.id())).isInstanceOf(AccessDeniedException.class);
        }
        // admins have no thread of their own either, and only start-up work imports messages
        for (AccountProfile who : new AccountProfile[] {coachA, accounts.create(Role.ADMIN)}) {
            TestAccounts.signIn(who);
            assertThatThrownBy(() -> conversations.myThread()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> conversations.myUnreadCount()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> conversations.reply("hi")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> conversations.markMyThreadRead()).isInstanceOf(AccessDeniedException.class);
        }
        for (AccountProfile who : new AccountProfile[] {coachA, memberA}) {
            TestAccounts.signIn(who);
            assertThatThrownBy(() -> conversations.importMessage(memberA.id(), true, "hi", java.time.Instant.now(), null))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private long countMessages(long memberId) {
        return jdbc.sql("select count(*) from conversation_message m join conversation c on c.id = m.conversation_id where c.member_id = ?")
                .param(memberId).query(Long.class).single();
    }

    private long countRows(String table, long memberId) {
        return jdbc.sql("select count(*) from " + table + " where member_id = ?").param(memberId).query(Long.class).single();
    }
}
