package org.upright.portal.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.accounts.AccountProfile;
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
    void savingAreasAndNoteSaysSavedAndTheSavedCheckInShowsThemFolded() {
        AccountProfile member = signInMember();
        navigate("today", com.vaadin.flow.component.Component.class);
        com.vaadin.flow.component.details.Details more =
                $(com.vaadin.flow.component.details.Details.class).id("check-in-more");
        assertThat(more.getSummaryText()).isEqualTo("Where it hurts and a note (optional)");
        test(button("check-in-score-5")).click();
        test(button("check-in-area-neck")).click();
        test($(TextArea.class).id("check-in-note")).setValue("Stiff after the drive");
        assertThat(saveStatus()).isEmpty();
        test(button("check-in-save")).click();

        assertThat(saveStatus()).isEqualTo("Saved");
        assertThat(todays(member).note()).isEqualTo("Stiff after the drive");
        assertThat(more.getSummaryText()).isEqualTo("Neck · “Stiff after the drive”");
        // typing again: the "Saved" no longer describes the field
        test($(TextArea.class).id("check-in-note")).setValue("Stiff after the long drive");
        assertThat(saveStatus()).isEmpty();

        navigate("today", com.vaadin.flow.component.Component.class);
        more = $(com.vaadin.flow.component.details.Details.class).id("check-in-more");
        assertThat(more.isOpened()).isFalse();
        assertThat(more.getSummaryText()).isEqualTo("Neck · “Stiff after the drive”");
    }

    @Test
    void theCardTellsTheBrowserItsDayAndLastSaveAndKeepsTheNotePerDay() {
        AccountProfile member = signInMember();
        navigate("today", com.vaadin.flow.component.Component.class);
        var card = $(com.vaadin.flow.component.html.Div.class).id("check-in").getElement();
        assertThat(card.getAttribute("data-day")).isEqualTo(today().toString());
        assertThat(card.hasAttribute("data-saved-at")).isFalse();
        assertThat($(TextArea.class).id("check-in-note").getElement().getAttribute("data-upright-keep"))
                .isEqualTo("check-in-note:" + today());
        test(button("check-in-score-2")).click();
        assertThat(Long.parseLong(card.getAttribute("data-saved-at")))
                .isEqualTo(todays(member).updatedAt().toEpochMilli());
    }

    private String saveStatus() {
        return $(Span.class).id("check-in-save-status").getText();
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
