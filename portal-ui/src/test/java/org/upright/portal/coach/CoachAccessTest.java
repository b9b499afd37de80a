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
import org.upright.portal.feedback.FeedbackItem;
import org.upright.portal.feedback.FeedbackService;
import org.upright.portal.testing.TestAccounts;
import org.upright.kernel.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two coaches, each with one member: every coach-callable method works for the coach's own
 * member and is refused for the other coach's member; members and admins cannot call them.
 */
@SpringBootTest
class CoachAccessTest {

    @Autowired
    AccountService accountService;
    @Autowired
    FeedbackService feedback;
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
    void feedbackGoesOnlyToOwnClientsAndIsReadBackOnlyByTheirCoach() {
        TestAccounts.signIn(coachA);
        FeedbackItem sent = feedback.send(memberA.id(), "  Great streak this week — keep the wall press going!  ");
        assertThat(sent.message()).isEqualTo("Great streak this week — keep the wall press going!");
        assertThat(feedback.sentTo(memberA.id())).extracting(FeedbackItem::id).containsExactly(sent.id());

        assertThatThrownBy(() -> feedback.send(memberB.id(), "Hello from the wrong coach")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.sentTo(memberB.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(countRows("feedback", memberB.id())).isZero();
    }

    @Test
    void feedbackIsValidated() {
        TestAccounts.signIn(coachA);
        assertThatThrownBy(() -> feedback.send(memberA.id(), "   "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsEntry("message", "Write a message"));
        assertThatThrownBy(() -> feedback.send(memberA.id(), "x".repeat(1001)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("message", "Keep it to 1000 characters"));
        assertThat(feedback.send(memberA.id(), "y".repeat(1000)).message()).hasSize(1000);
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
    void membersReadAndMarkOnlyTheirOwnFeedback() {
        TestAccounts.signIn(coachA);
        FeedbackItem forA = feedback.send(memberA.id(), "Nice work");
        TestAccounts.signIn(coachB);
        FeedbackItem forB = feedback.send(memberB.id(), "Keep going");

        TestAccounts.signIn(memberA);
        assertThat(feedback.myUnread()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(forA.id());
            assertThat(f.coachName()).isEqualTo(coachA.displayName());
        });
        assertThatThrownBy(() -> feedback.markRead(forB.id())).isInstanceOf(AccessDeniedException.class);
        feedback.markRead(forA.id());
        assertThat(feedback.myUnread()).isEmpty();

        TestAccounts.signIn(memberB);
        assertThat(feedback.myUnread()).extracting(FeedbackItem::id).containsExactly(forB.id());
    }

    @Test
    void membersAndAdminsCannotCallCoachMethods() {
        for (AccountProfile who : new AccountProfile[] {memberA, accounts.create(Role.ADMIN)}) {
            TestAccounts.signIn(who);
            assertThatThrownBy(() -> accountService.requireMyClient(memberA.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feedback.send(memberA.id(), "hi")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feedback.sentTo(memberA.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.add(memberA.id(), "hi")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.list(memberA.id())).isInstanceOf(AccessDeniedException.class);
        }
        TestAccounts.signIn(coachA);
        assertThatThrownBy(() -> feedback.myUnread()).isInstanceOf(AccessDeniedException.class);
    }

    private long countRows(String table, long memberId) {
        return jdbc.sql("select count(*) from " + table + " where member_id = ?").param(memberId).query(Long.class).single();
    }
}
