package org.upright.portal.messages.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.kernel.text.PlainText;
import org.upright.portal.base.ui.AccessDeniedView;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.coaching.ConversationMessage;
import org.upright.tracker.coaching.ConversationService;

import static org.assertj.core.api.Assertions.assertThat;

/** The member's side of the conversation: the Today card, the menu badge, the Messages page and replying. */
@SpringBootTest
class MessagesViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ConversationService conversations;

    AccountProfile coach;
    AccountProfile member;

    @BeforeEach
    void memberWithACoach() {
        coach = accounts.create(Role.COACH);
        member = accounts.screened(accounts.create(Role.MEMBER, coach.id()));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private SideNavItem messagesMenuItem() {
        return $(SideNav.class).single().getItems().stream().filter(i -> i.getLabel().equals("Messages"))
                .findFirst().orElseThrow();
    }

    @Test
    void newMessagesShowOnTodayAndInTheMenuAndStayInTheThreadOnceRead() {
        TestAccounts.signIn(coach);
        conversations.send(member.id(), "Lovely consistency this week.");
        conversations.send(member.id(), "Try the chest stretch after lunch.");

        TestAccounts.signIn(member);
        navigate("today", Component.class);
        Div card = $(Div.class).id("messages-card");
        assertThat(card.getElement().getTextRecursively()).contains("2 new", coach.displayName(),
                "Try the chest stretch after lunch.");
        Span badge = (Span) messagesMenuItem().getSuffixComponent();
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("2");

        navigate("messages", MessagesView.class);
        String thread = $(Div.class).id("message-thread").getElement().getTextRecursively();
        assertThat(thread).containsSubsequence("Lovely consistency this week.", "Try the chest stretch after lunch.");
        assertThat(thread).contains("New", coach.displayName());
        assertThat(conversations.myUnreadCount()).isZero();
        assertThat(messagesMenuItem().getSuffixComponent().isVisible()).as("opening the thread reads it").isFalse();

        navigate("today", Component.class);
        assertThat($(Div.class).id("messages-card").getElement().getTextRecursively())
                .contains("Nothing new from " + coach.displayName()).doesNotContain("2 new");
        navigate("messages", MessagesView.class);
        assertThat($(Div.class).id("message-thread").getElement().getTextRecursively())
                .as("history stays after reading").contains("Lovely consistency this week.").doesNotContain("New");
    }

    @Test
    void aReplyGoesToTheCoachAndARefusedOneKeepsItsText() {
        TestAccounts.signIn(coach);
        conversations.send(member.id(), "How did the wall press go?");
        TestAccounts.signIn(member);
        navigate("messages", MessagesView.class);

        TextArea body = $(TextArea.class).id("message-body");
        String refused = "Fine until the third hold\u0007";
        test(body).setValue(refused);
        test($(Button.class).id("send-message")).click();
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo(PlainText.message());
        assertThat(body.getValue()).as("nothing typed is lost").isEqualTo(refused);

        test(body).setValue("Fine until the third hold, then my shoulders crept up.");
        test($(Button.class).id("send-message")).click();
        assertThat(body.isInvalid()).isFalse();
        assertThat(body.getValue()).isEmpty();
        assertThat($(Div.class).id("message-thread").getElement().getTextRecursively())
                .containsSubsequence("How did the wall press go?", "You · ", "then my shoulders crept up.", "Not read yet");

        TestAccounts.signIn(coach);
        assertThat(conversations.threadWith(member.id()).messages()).extracting(ConversationMessage::fromCoach)
                .containsExactly(true, false);
        assertThat(conversations.unreadByClient()).containsEntry(member.id(), 1);
    }

    @Test
    void withoutACoachThereIsNobodyToWriteTo() {
        TestAccounts.signIn(accounts.screened(accounts.create(Role.MEMBER)));
        navigate("today", Component.class);
        assertThat($(Div.class).withId("messages-card").all()).as("hidden").isEmpty();
        navigate("messages", MessagesView.class);
        assertThat($(Paragraph.class).id("messages-no-coach").getText()).contains("no coach yet");
        assertThat($(TextArea.class).withId("message-body").all()).isEmpty();
    }

    @Test
    void coachesAndAdminsCannotOpenIt() {
        for (Role role : new Role[] {Role.COACH, Role.ADMIN}) {
            TestAccounts.signIn(accounts.create(role));
            navigate("messages", AccessDeniedView.class);
        }
    }
}
