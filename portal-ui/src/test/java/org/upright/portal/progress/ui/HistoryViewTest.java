package org.upright.portal.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.accounts.AccountProfile;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.pain.PainRating;
import org.upright.tracker.pain.PainRatingInput;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class HistoryViewTest extends MemberUiTest {

    @Test
    void changesAPastRatingWithinTheWindowButNotOlderOnes() {
        AccountProfile member = newMember();
        LocalDate today = today();
        ratings.importHistory(member.id(), List.of(new PainRatingInput(today.minusDays(40), 8, Set.of(), "old"),
                new PainRatingInput(today.minusDays(10), 6, Set.of(), "recent")));
        TestAccounts.signIn(member);
        navigate(HistoryView.class);

        @SuppressWarnings("unchecked")
        Grid<PainRating> grid = $(Grid.class).id("rating-history");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).note()).isEqualTo("recent");
        Button changeRecent = (Button) test(grid).getCellComponent(0, 4);
        Button changeOld = (Button) test(grid).getCellComponent(1, 4);
        assertThat(changeOld.isEnabled()).isFalse();

        test(changeRecent).click();
        assertThat($(DatePicker.class).id("rating-dialog-day").getValue()).isEqualTo(today.minusDays(10));
        assertThat($(Button.class).id("rating-dialog-score-6").getElement().getAttribute("aria-checked")).isEqualTo("true");
        test($(Button.class).id("rating-dialog-score-3")).click();
        test($(Button.class).id("rating-dialog-save")).click();

        assertThat(ratings.find(member.id(), today.minusDays(10)).orElseThrow().score()).isEqualTo(3);
        assertThat(test(grid).getRow(0).score()).isEqualTo(3);

        // the phone's day cards: newest first, the rating and note as words
        var cards = $(com.vaadin.flow.component.html.Div.class).id("history-days").getChildren().toList();
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).getElement().getTextRecursively()).contains("Pain 3 out of 10", "recent", "Change");
        assertThat(cards.get(1).getElement().getTextRecursively()).contains("Pain 8 out of 10", "old")
                .doesNotContain("Change");
    }

    @Test
    void aDayOutsideTheWindowIsRefusedNextToTheDateAndNothingIsStored() {
        AccountProfile member = newMember();
        LocalDate today = today();
        TestAccounts.signIn(member);
        navigate(HistoryView.class);
        test($(Button.class).id("add-past-day")).click();
        DatePicker day = $(DatePicker.class).id("rating-dialog-day");
        day.setValue(today.minusDays(31));
        test($(Button.class).id("rating-dialog-score-5")).click();
        test($(Button.class).id("rating-dialog-save")).click();

        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).contains("last 30 days");
        assertThat($(Button.class).id("rating-dialog-score-5").getElement().getAttribute("aria-checked")).isEqualTo("true");
        assertThat(ratings.list(member.id(), today.minusDays(60), today)).isEmpty();
    }
}
