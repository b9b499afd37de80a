package org.upright.portal.base.ui;

import org.junit.jupiter.api.Test;
import org.upright.kernel.BodyArea;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInSummaryTest {

    @Test
    void areasInTheirUsualOrderThenTheNoteInQuotes() {
        assertThat(CheckInSummary.of(Set.of(BodyArea.MID_BACK, BodyArea.NECK), " Stiff\n  after work "))
                .isEqualTo("Neck, Mid-back · “Stiff after work”");
    }

    @Test
    void onlyWhatWasSaved() {
        assertThat(CheckInSummary.of(List.of(), null)).isEmpty();
        assertThat(CheckInSummary.of(List.of(), "  ")).isEmpty();
        assertThat(CheckInSummary.of(List.of(BodyArea.CORE), "")).isEqualTo("Core");
        assertThat(CheckInSummary.of(List.of(), "Better today")).isEqualTo("“Better today”");
    }

    @Test
    void aLongNoteIsCutAtAWord() {
        String note = "word ".repeat(30);
        String summary = CheckInSummary.of(List.of(), note);
        assertThat(summary).endsWith("word…”").hasSizeLessThanOrEqualTo(CheckInSummary.NOTE_CHARS + 3);
    }
}
