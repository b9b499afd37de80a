package org.upright.portal.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.pain.PainDiary;
import org.upright.tracker.pain.PainRatingInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

/** A check-in save that fails for a reason other than bad input (here: the database is gone). */
@SpringBootTest
class CheckInFailureTest extends MemberUiTest {

    @MockitoSpyBean
    PainDiary diary;

    @Test
    void aFailedSaveSaysSoWhereTheMemberTappedAndLeavesNoStaleSaved() {
        TestAccounts.signIn(newMember());
        navigate("today", com.vaadin.flow.component.Component.class);
        test($(Button.class).id("check-in-score-4")).click();
        assertThat(status()).contains("Saved: 4 out of 10");

        doThrow(new DataAccessResourceFailureException("database unreachable")).when(diary).save(any(PainRatingInput.class));
        test($(Button.class).id("check-in-score-7")).click();
        assertThat(status()).doesNotContain("Saved").contains("Not saved");
        assertThat($(Paragraph.class).id("check-in-pending").getElement().hasAttribute("hidden")).isTrue();
    }

    private String status() {
        return $(Paragraph.class).id("check-in-status").getText();
    }
}
