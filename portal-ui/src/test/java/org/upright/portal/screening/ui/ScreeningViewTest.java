package org.upright.portal.screening.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.kernel.Role;
import org.upright.portal.base.ui.SafetyDisclaimer;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.screening.Advice;

import static org.assertj.core.api.Assertions.assertThat;

/** The member's way through the screening: sent there first, all "no" to start, a "yes" pauses routines. */
@SpringBootTest
class ScreeningViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void aNewMember() {
        TestAccounts.signIn(accounts.create(Role.MEMBER));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @SuppressWarnings("unchecked")
    private void answer(String yesId) {
        for (RadioButtonGroup<String> q : $(RadioButtonGroup.class).all()) {
            test(q).selectItem(q.getId().orElseThrow().equals(yesId) ? ScreeningView.YES : ScreeningView.NO);
        }
        test($(Button.class).id("screening-save")).click();
    }

    @Test
    void aNewMemberIsSentToTheScreeningFromTodayARoutineAndTheTimer() {
        navigate("today", ScreeningView.class);
        navigate("routines/wall-press", ScreeningView.class);
        navigate("routines/wall-press/run", ScreeningView.class);
        assertThat($(SafetyDisclaimer.class).first().getText()).contains("does not replace");
        assertThat($(RadioButtonGroup.class).all()).hasSize(15);
    }

    @Test
    void aMissingAnswerIsShownAndNothingIsSaved() {
        navigate("screening", ScreeningView.class);
        test($(Button.class).id("screening-save")).click();
        assertThat($(Paragraph.class).id("screening-error").getText()).contains("15 questions");
        navigate("today", ScreeningView.class);
    }

    @Test
    void allNoLetsTheMemberStart() {
        navigate("screening", ScreeningView.class);
        answer("none");
        assertThat($(Paragraph.class).id("screening-clear").getText()).contains("start your routines");
        navigate("routines/wall-press", org.upright.portal.content.routine.ui.RoutinePageViewAccess.type());
        assertThat($(Button.class).id("start").isEnabled()).isTrue();
        assertThat($(SafetyDisclaimer.class).all()).hasSize(1);
    }

    @Test
    void aYesShowsTheAdvicePausesRoutinesUntilTheMemberSawAClinician() {
        navigate("screening", ScreeningView.class);
        answer("q-tearing-pain");
        Div advice = $(Div.class).id("screening-advice");
        assertThat(advice.getElement().getTextRecursively()).contains(Advice.EMERGENCY.text()).contains("tearing");
        // the timer and a routine's Start are closed
        navigate("routines/wall-press/run", ScreeningView.class);
        navigate("routines/wall-press", org.upright.portal.content.routine.ui.RoutinePageViewAccess.type());
        assertThat($(Button.class).withId("start").exists()).isFalse();
        assertThat($(Paragraph.class).id("screening-paused").getElement().getTextRecursively()).contains("paused");

        navigate("screening", ScreeningView.class);
        test($(Button.class).id("screening-seen-clinician")).click();
        assertThat($(Paragraph.class).id("screening-clear").isVisible()).isTrue();
        navigate("routines/wall-press", org.upright.portal.content.routine.ui.RoutinePageViewAccess.type());
        assertThat($(Button.class).id("start").isEnabled()).isTrue();
    }
}
