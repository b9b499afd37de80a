package org.upright.tracker.progress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeLabelTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            // points threshold on a high baseline (30 % of 9 is 2.7, so points decide)
            "9.0, 7.1, NO_CLEAR_CHANGE",
            "9.0, 7.0, IMPROVED",
            "7.0, 9.0, WORSENED",
            "7.0, 8.9, NO_CLEAR_CHANGE",
            // percentage threshold on a low baseline (2 points is far away)
            "5.0, 3.55, NO_CLEAR_CHANGE",   // 29 %
            "5.0, 3.5, IMPROVED",           // 30 %
            "3.0, 3.87, NO_CLEAR_CHANGE",   // 29 %
            "3.0, 3.9, WORSENED",           // 30 %
            "0.0, 1.0, NO_CLEAR_CHANGE",    // no percentage of zero
            "0.0, 2.0, WORSENED",
            "6.0, 6.0, NO_CLEAR_CHANGE",
            // averages that are 2.0 but carry rounding noise
            "6.1, 4.1, IMPROVED",
    })
    void labelsChangesAgainstTheMcid(double baseline, double current, ChangeLabel expected) {
        assertThat(ChangeLabel.of(baseline, current)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "threshold of {0} is {1}")
    @CsvSource({"9.0, 2.0", "6.67, 2.0", "5.0, 1.5", "3.0, 0.9", "0.0, 2.0"})
    void thresholdIsTheSmallerOfTwoPointsAndThirtyPercent(double baseline, double expected) {
        assertThat(ChangeLabel.threshold(baseline)).isCloseTo(expected, org.assertj.core.api.Assertions.within(0.01));
        // the band edges are exactly where the label flips
        assertThat(ChangeLabel.of(baseline, baseline + ChangeLabel.threshold(baseline))).isEqualTo(ChangeLabel.WORSENED);
        assertThat(ChangeLabel.of(baseline, baseline + ChangeLabel.threshold(baseline) * 0.98)).isEqualTo(ChangeLabel.NO_CLEAR_CHANGE);
    }
}
