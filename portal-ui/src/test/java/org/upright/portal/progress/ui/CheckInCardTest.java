package org.upright.portal.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.accounts.AccountProfile;
import org.upright.portal.base.ui.CheckInCard;
import org.upright.portal.testing.TestAccounts;
import org.upright.kernel.BodyArea;
import org.upright.tracker.pain.PainRating;


import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class CheckInCardTest extends MemberUiTest {

    @Test
    void oneTapSavesTodaysRatingAndAnotherTapChangesIt() {
        AccountProfile member = signInMember();
        navigate("today", com.vaadin.flow.component.Component.class);
        assertThat(status()).contains("Not rated yet today");

        test(button("check-in-score-4")).click();
        assertThat(status()).contains("Saved: 4 out of 10 today");
        assertThat(todays(member).score()).isEqualTo(4);
        assertThat(button("check-in-score-4").getElement().getAttribute("aria-checked")).isEqualTo("true");

        test(button("check-in-area-mid_back")).click();
        test($(TextArea.class).id("check-in-note")).setValue("Tight after the drive");
        test(button("check-in-score-6")).click();
        PainRating changed = todays(member);
        assertThat(changed.score()).isEqualTo(6);
        assertThat(changed.bodyAreas()).containsExactly(BodyArea.MID_BACK);
        assertThat(changed.note()).isEqualTo("Tight after the drive");
        assertThat(button("check-in-score-4").getElement().getAttribute("aria-checked")).isEqualTo("false");
    }

    @Test
    void saveAreasAndNoteConfirmsThemAndTheSavedCheckInShowsThemFoldedAsASummary() {
        AccountProfile member = signInMember();
        navigate("today", com.vaadin.flow.component.Component.class);
        Details more = $(Details.class).id("check-in-more");
        assertThat(more.getSummaryText()).isEqualTo("Where it hurts and a note (optional)");
        test(button("check-in-score-4")).click();
        assertThat(status()).isEqualTo("Saved: 4 out of 10 today. Tap another number to change it.");

        more.setOpened(true);
        test(button("check-in-area-low_back")).click();
        test(button("check-in-area-neck")).click();
        test($(TextArea.class).id("check-in-note")).setValue("Stiff after a long drive; better after walking.");
        test(button("check-in-save")).click();
        assertThat(status()).isEqualTo("Saved: 4 out of 10 today, with Neck, Low back and your note."
                + " Tap another number to change it.");
        assertThat(todays(member).bodyAreas()).containsExactlyInAnyOrder(BodyArea.LOW_BACK, BodyArea.NECK);
        assertThat(more.isOpened()).as("folded once saved").isFalse();
        assertThat(more.getSummaryText()).isEqualTo("Where: Neck, Low back · Note: “Stiff after a long drive; better after…”");

        navigate("today", com.vaadin.flow.component.Component.class);
        Details again = $(Details.class).id("check-in-more");
        assertThat(again.isOpened()).isFalse();
        assertThat(again.getSummaryText()).isEqualTo("Where: Neck, Low back · Note: “Stiff after a long drive; better after…”");
    }

    @Test
    void aSavedRatingShowsWhenTheHomePageOpensAgain() {
        AccountProfile member = signInMember();
        navigate("today", com.vaadin.flow.component.Component.class);
        test(button("check-in-score-3")).click();
        navigate("today", com.vaadin.flow.component.Component.class);
        assertThat(status()).contains("Saved: 3 out of 10");
        assertThat(button("check-in-score-3").getElement().getAttribute("aria-checked")).isEqualTo("true");
        assertThat(todays(member).score()).isEqualTo(3);
    }

    @Test
    void anOverlongNoteIsRefusedNextToTheFieldAndNothingIsLostOrStored() {
        AccountProfile member = signInMember();
        navigate("today", com.vaadin.flow.component.Component.class);
        TextArea note = $(TextArea.class).id("check-in-note");
        String tooLong = "n".repeat(1001);
        note.setValue(tooLong); // the browser stops at 1000; the server must too
        test(button("check-in-score-5")).click();

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("at most 1000 characters");
        assertThat(note.getValue()).isEqualTo(tooLong);
        assertThat(status()).contains("Not saved yet");
        assertThat(ratings.find(member.id(), today())).isEmpty();
    }

    @Test
    void aCheckInOfEightShowsAdviceAndTheRedFlagsRightAway() {
        signInMember();
        navigate("today", com.vaadin.flow.component.Component.class);
        test(button("check-in-score-7")).click();
        // hidden at 7 (the query finds visible components only)
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("check-in-advice").exists()).isFalse();
        test(button("check-in-score-8")).click();
        com.vaadin.flow.component.html.Div advice = $(com.vaadin.flow.component.html.Div.class).id("check-in-advice");
        assertThat(advice.isVisible()).isTrue();
        assertThat(advice.getElement().getTextRecursively())
                .contains(org.upright.tracker.screening.ScreeningQuestion.BLADDER_BOWEL.text())
                .contains("tearing pain between the shoulder blades");

        // "something new" asks the safety questions again
        test(button("check-in-rescreen")).click();
        navigate("today", org.upright.portal.screening.ui.ScreeningViewAccess.type());
    }

    @Test
    void aTapKeptInTheBrowserIsStoredOnlyOverTheRatingItWasTappedOver() {
        AccountProfile member = signInMember();
        navigate("today", com.vaadin.flow.component.Component.class);
        test(button("check-in-score-3")).click();
        CheckInCard card = $(CheckInCard.class).first();
        String day = card.getElement().getAttribute("data-day");
        String sawThree = card.getElement().getAttribute("data-basis");
        assertThat(day).isEqualTo(today().toString());

        // sent again after an outage, nothing saved since: stored
        card.resendPending(6, day, sawThree);
        assertThat(todays(member).score()).isEqualTo(6);
        assertThat(status()).contains("Saved: 6 out of 10 today");
        assertThat(card.getElement().getAttribute("data-basis")).isNotEqualTo(sawThree);

        // a tap made over the 3, arriving after the 6 was saved: dropped, and the card says so
        card.resendPending(2, day, sawThree);
        assertThat(todays(member).score()).isEqualTo(6);
        assertThat(status()).contains("Your earlier tap of 2 was not sent: 6 was saved after it");

        // the same score is simply confirmed; a tap from an earlier day never becomes today's
        card.resendPending(6, day, sawThree);
        assertThat(status()).contains("Saved: 6 out of 10 today");
        card.resendPending(1, today().minusDays(1).toString(), card.getElement().getAttribute("data-basis"));
        assertThat(todays(member).score()).isEqualTo(6);
        assertThat(status()).contains("from an earlier day was not sent");
    }

    @Test
    void theBrowserKeepsTheNoteUnderTodaysDateAndATapSentAgainTakesTheNoteAlong() {
        AccountProfile member = signInMember();
        navigate("today", com.vaadin.flow.component.Component.class);
        TextArea note = $(TextArea.class).id("check-in-note");
        assertThat(note.getElement().getAttribute("data-upright-keep")).isEqualTo("check-in-note:" + today());
        // the note the browser restored after an ended session, then the tap it kept
        test(note).setValue("Restored after signing in again");
        CheckInCard card = $(CheckInCard.class).first();
        card.resendPending(5, today().toString(), card.getElement().getAttribute("data-basis"));
        assertThat(todays(member).note()).isEqualTo("Restored after signing in again");
    }

    @Test
    void aTapKeptBeforeAnyRatingTodayIsStored() {
        AccountProfile member = signInMember();
        navigate("today", com.vaadin.flow.component.Component.class);
        CheckInCard card = $(CheckInCard.class).first();
        card.resendPending(4, today().toString(), card.getElement().getAttribute("data-basis"));
        assertThat(todays(member).score()).isEqualTo(4);
    }

    private AccountProfile signInMember() {
        AccountProfile member = newMember();
        TestAccounts.signIn(member);
        return member;
    }

    private PainRating todays(AccountProfile member) {
        return ratings.find(member.id(), today()).orElseThrow();
    }

    private Button button(String id) {
        return $(Button.class).id(id);
    }

    private String status() {
        return $(Paragraph.class).id("check-in-status").getText();
    }

    @SuppressWarnings("unused")
    private String scoreError() {
        return $(Span.class).id("check-in-score-error").getText();
    }
}
