package org.upright.kernel.validation;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.upright.kernel.text.LikePatterns;
import org.upright.kernel.text.PlainText;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NUL and other control characters are refused with a field message, and never searched for. */
class PlainTextRuleTest {

    record Draft(@NotBlank String title, String body, List<String> tags, int count) {
    }

    private final InputValidator validator = new InputValidator(
            Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void everyTextOfARecordIsChecked() {
        assertThat(validator.problems(new Draft("Fine", "line one\nline two\twith a tab\r\n", List.of("a"), 1))).isEmpty();
        assertThat(validator.problems(new Draft("a\u0000b", "ok", List.of(), 1)))
                .containsExactly(new FieldProblem("title", PlainText.message()));
        assertThat(validator.problems(new Draft("ok", "bell\u0007", List.of("x\u001b[31m"), 1)))
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("body", "tags");
        assertThatThrownBy(() -> validator.requireValid(new Draft("ok", "\u0000", null, 0)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void notesCheckedByFieldChecksToo() {
        FieldChecks checks = new FieldChecks().note("fine\nnote", "note", 100);
        assertThat(checks.problems()).isEmpty();
        assertThat(new FieldChecks().note("bad\u0000note", "note", 100).problems())
                .containsExactly(new FieldProblem("note", PlainText.message()));
        assertThat(new FieldChecks().plainText("x\u0085y", "name").problems()).hasSize(1);
    }

    @Test
    void searchTextLosesControlCharactersInsteadOfFailing() {
        assertThat(PlainText.cleaned("a\u0000b")).isEqualTo("ab");
        assertThat(LikePatterns.containing("a\u0000b")).isEqualTo("%ab%");
        assertThat(LikePatterns.containing("\u0000")).isNull();
        assertThat(PlainText.cleaned("keep\ttabs\nand lines")).isEqualTo("keep\ttabs\nand lines");
    }
}
