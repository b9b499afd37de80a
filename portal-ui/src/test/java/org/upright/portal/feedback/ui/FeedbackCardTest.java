package org.upright.portal.feedback.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.feedback.FeedbackItem;
import org.upright.portal.feedback.FeedbackService;
import org.upright.portal.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** The card on the member's home page (route "today"). */
@SpringBootTest
class FeedbackCardTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    FeedbackService feedback;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void unreadFeedbackShowsOnTheHomeUntilMarkedRead() {
        AccountProfile coach = accounts.create(Role.COACH);
        AccountProfile member = accounts.screened(accounts.create(Role.MEMBER, coach.id()));
        TestAccounts.signIn(coach);
        FeedbackItem first = feedback.send(member.id(), "Lovely consistency this week.");
        feedback.send(member.id(), "Try the chest stretch after lunch.");

        TestAccounts.signIn(member);
        navigate("today", com.vaadin.flow.component.Component.class);
        Div card = $(Div.class).id("feedback-card");
        assertThat(card.isVisible()).isTrue();
        assertThat(card.getElement().getTextRecursively()).contains("2 messages from your coach", coach.displayName(),
                "Lovely consistency this week.", "Try the chest stretch after lunch.");

        test($(Button.class).id("mark-read-" + first.id())).click();
        assertThat(card.getElement().getTextRecursively()).contains("A message from your coach")
                .doesNotContain("Lovely consistency");
        assertThat(feedback.myUnread()).hasSize(1);
    }

    @Test
    void noUnreadFeedbackNoCard() {
        TestAccounts.signIn(accounts.screened(accounts.create(Role.MEMBER)));
        navigate("today", com.vaadin.flow.component.Component.class);
        assertThat($(Div.class).withId("feedback-card").all()).isEmpty();
    }
}
