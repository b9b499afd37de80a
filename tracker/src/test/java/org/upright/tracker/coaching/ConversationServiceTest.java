package org.upright.tracker.coaching;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.upright.kernel.Role;
import org.upright.kernel.text.PlainText;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.tracker.testing.Members;
import org.upright.tracker.testing.SettableClock;
import org.upright.tracker.testing.SignedIn;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Messages both ways between a member and their coach: order, read state, unread counts and who may reach a thread. */
@SpringBootTest
class ConversationServiceTest {

    @Autowired
    ConversationService conversations;
    @Autowired
    Members members;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SettableClock clock;

    long coach;
    long member;

    @BeforeEach
    void coachWithAClient() {
        coach = members.createCoach("Casey Coach");
        member = members.createClient(coach, "Mia Member", "UTC");
    }

    @AfterEach
    void reset() {
        signedIn.signOut();
        clock.reset();
    }

    private void later(int minutes) {
        clock.set(clock.instant().plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void bothSidesWriteAndReadOneThreadInTheOrderItWasWritten() {
        signedIn.as(Role.COACH, coach);
        ConversationMessage first = conversations.send(member, "  How did the wall press feel today?  ");
        assertThat(first.body()).isEqualTo("How did the wall press feel today?");
        assertThat(first.authorName()).isEqualTo("Casey Coach");
        later(5);
        signedIn.as(Role.MEMBER, member);
        ConversationMessage reply = conversations.reply("Tight at first, easier by the third hold.");
        later(5);
        signedIn.as(Role.COACH, coach);
        conversations.send(member, "Good sign. Keep the navel drawn in.");

        MessageThread coachSees = conversations.threadWith(member);
        assertThat(coachSees.memberName()).isEqualTo("Mia Member");
        assertThat(coachSees.messages()).extracting(ConversationMessage::body).containsExactly(
                "How did the wall press feel today?", "Tight at first, easier by the third hold.",
                "Good sign. Keep the navel drawn in.");
        assertThat(coachSees.messages()).extracting(ConversationMessage::fromCoach).containsExactly(true, false, true);
        assertThat(coachSees.messages().get(1).authorName()).isEqualTo("Mia Member");

        signedIn.as(Role.MEMBER, member);
        MessageThread memberSees = conversations.myThread();
        assertThat(memberSees.coachName()).isEqualTo("Casey Coach");
        assertThat(memberSees.messages()).isEqualTo(coachSees.messages());
        assertThat(memberSees.messages().get(1)).isEqualTo(reply);
        assertThat(memberSees.earlierMessages()).isFalse();
    }

    @Test
    void eachSideCountsWhatTheOtherWroteUntilItOpensTheThreadAndTheHistoryStays() {
        signedIn.as(Role.COACH, coach);
        conversations.send(member, "Welcome to the program.");
        conversations.send(member, "Start with the wall press.");
        long otherClient = members.createClient(coach, "Other Client", "UTC");
        assertThat(conversations.unreadByClient()).isEmpty();

        signedIn.as(Role.MEMBER, member);
        assertThat(conversations.myUnreadCount()).isEqualTo(2);
        conversations.reply("Thanks! Will do.");
        assertThat(conversations.myUnreadCount()).as("writing back is not reading").isEqualTo(2);
        later(1);
        assertThat(conversations.markMyThreadRead()).isEqualTo(2);
        assertThat(conversations.myUnreadCount()).isZero();
        assertThat(conversations.myThread().messages()).hasSize(3)
                .filteredOn(ConversationMessage::fromCoach).allSatisfy(m -> {
                    assertThat(m.unread()).isFalse();
                    assertThat(m.readAt()).isEqualTo(clock.instant());
                });
        assertThat(conversations.myThread().messages().get(2).unread()).as("the coach has not opened it yet").isTrue();

        signedIn.as(Role.MEMBER, otherClient);
        conversations.reply("Hello, I am new here.");
        conversations.reply("When should I start?");

        signedIn.as(Role.COACH, coach);
        assertThat(conversations.unreadByClient()).containsOnly(
                java.util.Map.entry(member, 1), java.util.Map.entry(otherClient, 2));
        assertThat(conversations.markClientThreadRead(otherClient)).isEqualTo(2);
        assertThat(conversations.unreadByClient()).containsOnly(java.util.Map.entry(member, 1));
        assertThat(conversations.threadWith(otherClient).messages()).hasSize(2).noneMatch(ConversationMessage::unread);
    }

    @Test
    void aMemberReachesOnlyTheirOwnThreadAndACoachOnlyTheirClients() {
        long otherCoach = members.createCoach("Other Coach");
        long notMine = members.createClient(otherCoach, "Not Mine", "UTC");
        signedIn.as(Role.COACH, otherCoach);
        conversations.send(notMine, "Only for my own client.");

        signedIn.as(Role.COACH, coach);
        assertThatThrownBy(() -> conversations.threadWith(notMine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.send(notMine, "Hello")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.markClientThreadRead(notMine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.threadWith(otherCoach)).isInstanceOf(AccessDeniedException.class);
        assertThat(conversations.unreadByClient()).doesNotContainKey(notMine);
        assertThatThrownBy(() -> conversations.myThread()).isInstanceOf(AccessDeniedException.class);

        signedIn.as(Role.MEMBER, member);
        assertThat(conversations.myThread().messages()).isEmpty();
        assertThatThrownBy(() -> conversations.threadWith(notMine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.send(member, "to myself")).isInstanceOf(AccessDeniedException.class);

        signedIn.as(Role.ADMIN, members.createCoach("Not really a coach"));
        assertThatThrownBy(() -> conversations.threadWith(member)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.myThread()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.unreadByClient()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewCoachStartsAFreshThreadAndTheOldOneStaysWithItsCoach() {
        signedIn.as(Role.COACH, coach);
        conversations.send(member, "From the first coach.");
        long nextCoach = members.createCoach("Noor Next");
        members.assignCoach(member, nextCoach);

        signedIn.as(Role.COACH, coach);
        assertThatThrownBy(() -> conversations.threadWith(member)).isInstanceOf(AccessDeniedException.class);
        signedIn.as(Role.MEMBER, member);
        assertThat(conversations.myThread().coachName()).isEqualTo("Noor Next");
        assertThat(conversations.myThread().messages()).isEmpty();
        assertThat(conversations.myUnreadCount()).isZero();
        conversations.reply("Hello, new coach.");
        signedIn.as(Role.COACH, nextCoach);
        assertThat(conversations.threadWith(member).messages()).extracting(ConversationMessage::body)
                .containsExactly("Hello, new coach.");

        members.assignCoach(member, null);
        signedIn.as(Role.MEMBER, member);
        assertThat(conversations.myThread().hasCoach()).isFalse();
        assertThatThrownBy(() -> conversations.reply("Anyone there?"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("body", "You have no coach to write to yet"));
    }

    @Test
    void messagesAreCheckedOnTheBodyField() {
        signedIn.as(Role.MEMBER, member);
        assertThatThrownBy(() -> conversations.reply("   "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("body", "Write a message"));
        assertThatThrownBy(() -> conversations.reply("x".repeat(ConversationService.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("body", "Keep it to 1000 characters"));
        assertThatThrownBy(() -> conversations.reply("bell\u0007 in the text"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("body", PlainText.message()));
        assertThat(conversations.reply("Line one\nline two").body()).isEqualTo("Line one\nline two");
        assertThat(conversations.reply("y".repeat(ConversationService.MAX_LENGTH)).body()).hasSize(1000);
        signedIn.as(Role.COACH, coach);
        assertThatThrownBy(() -> conversations.send(member, "nul\u0000"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("body"));
    }

    @Test
    void aLongThreadShowsItsMostRecentMessagesOldestFirst() {
        signedIn.as(Role.COACH, coach);
        for (int i = 1; i <= ConversationService.THREAD_LENGTH + 2; i++) {
            conversations.send(member, "Message " + i);
            later(1);
        }
        MessageThread thread = conversations.threadWith(member);
        assertThat(thread.earlierMessages()).isTrue();
        assertThat(thread.messages()).hasSize(ConversationService.THREAD_LENGTH);
        assertThat(thread.messages().getFirst().body()).isEqualTo("Message 3");
        assertThat(thread.messages().getLast().body()).isEqualTo("Message " + (ConversationService.THREAD_LENGTH + 2));
    }

    @Test
    void importedMessagesKeepTheirTimesAndReadState() {
        signedIn.as(Role.ADMIN, members.createCoach("System"));
        Instant sent = clock.instant().minus(Duration.ofDays(2));
        assertThat(conversations.messageCount(member)).isZero();
        conversations.importMessage(member, true, "Imported from the coach", sent, sent.plus(Duration.ofHours(3)));
        conversations.importMessage(member, false, "Imported reply", sent.plus(Duration.ofHours(4)), null);
        assertThat(conversations.messageCount(member)).isEqualTo(2);
        assertThatThrownBy(() -> conversations.importMessage(member, true, "From the future",
                clock.instant().plusSeconds(60), null)).isInstanceOf(IllegalArgumentException.class);

        signedIn.as(Role.COACH, coach);
        assertThat(conversations.threadWith(member).messages()).extracting(ConversationMessage::sentAt)
                .containsExactly(sent, sent.plus(Duration.ofHours(4)));
        assertThat(conversations.unreadByClient()).containsEntry(member, 1);
        signedIn.as(Role.MEMBER, member);
        assertThat(conversations.myUnreadCount()).isZero();
    }
}
