package org.upright.tracker.progress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The MCID rule: at least 1 point, and 2 points or 30 % of the baseline; judged on the shown (rounded) means. */
class ChangeLabelTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            // high baselines: 30 % is more than 2 points, so 2 points decide
            "9.0, 7.1, NO_CLEAR_CHANGE",
            "9.0, 7.0, IMPROVED",
            "7.0, 9.0, WORSENED",
            "7.0, 8.9, NO_CLEAR_CHANGE",
            // middle baselines: 30 % decides
            "5.0, 3.5, IMPROVED",           // 1.5 = 30 %
            "5.0, 3.6, NO_CLEAR_CHANGE",    // 1.4 = 28 %
            "4.0, 5.2, WORSENED",           // 1.2 = 30 %
            "4.0, 5.1, NO_CLEAR_CHANGE",
            // low baselines: the 1-point floor decides (30 % of them is less than a point)
            "0.0, 0.9, NO_CLEAR_CHANGE",
            "0.0, 1.0, WORSENED",
            "1.0, 1.3, NO_CLEAR_CHANGE",    // +30 %, but only 0.3 points
            "1.0, 1.9, NO_CLEAR_CHANGE",
            "1.0, 2.0, WORSENED",
            "2.0, 1.0, IMPROVED",
            "2.0, 2.6, NO_CLEAR_CHANGE",    // +30 %, 0.6 points
            "2.0, 3.0, WORSENED",
            "3.0, 3.9, NO_CLEAR_CHANGE",    // +30 % but 0.9 points
            "3.0, 4.0, WORSENED",
            "6.0, 6.0, NO_CLEAR_CHANGE",
            // the label follows the shown figures: 7.29 -> 5.33 is shown 7.3 -> 5.3, "2.0 points lower"
            "7.29, 5.33, IMPROVED",
            "7.29, 5.36, NO_CLEAR_CHANGE",  // shown 7.3 -> 5.4: 1.9 points, 26 %
            "6.1, 4.1, IMPROVED",
    })
    void labelsChangesAgainstTheMcid(double baseline, double current, ChangeLabel expected) {
        assertThat(ChangeLabel.of(baseline, current)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "threshold of {0} is {1}")
    @CsvSource({"9.0, 2.0", "6.67, 2.0", "5.0, 1.5", "4.0, 1.2", "3.0, 1.0", "2.0, 1.0", "1.0, 1.0", "0.0, 1.0"})
    void thresholdIsThirtyPercentBetweenOneAndTwoPoints(double baseline, double expected) {
        assertThat(ChangeLabel.threshold(baseline)).isCloseTo(expected, within(1e-9));
        // the band edges are exactly where the label flips, in both directions
        double shown = ChangeLabel.rounded(baseline);
        assertThat(ChangeLabel.of(baseline, shown + expected)).isEqualTo(ChangeLabel.WORSENED);
        assertThat(ChangeLabel.of(baseline, shown + expected - 0.1)).isEqualTo(ChangeLabel.NO_CLEAR_CHANGE);
        if (shown - expected >= 0) {
            assertThat(ChangeLabel.of(baseline, shown - expected)).isEqualTo(ChangeLabel.IMPROVED);
            assertThat(ChangeLabel.of(baseline, shown - expected + 0.1)).isEqualTo(ChangeLabel.NO_CLEAR_CHANGE);
        }
    }
}
