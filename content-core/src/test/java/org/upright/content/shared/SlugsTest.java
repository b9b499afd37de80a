package org.upright.content.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wall Press|wall-press",
            "  Why does my mid-back hurt?  |why-does-my-mid-back-hurt",
            "Größe & Übung – 2|grosse-ubung-2",
            "Desk posture: 5 habits!!|desk-posture-5-habits",
            "---|''",
    })
    void derivesUrlSafeSlugs(String title, String expected) {
        assertThat(Slugs.fromTitle(title)).isEqualTo(expected);
    }

    @Test
    void capsLengthWithoutTrailingHyphen() {
        String slug = Slugs.fromTitle("stretch ".repeat(30));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void validatesSlugs() {
        assertThat(Slugs.isValid("wall-press")).isTrue();
        assertThat(Slugs.isValid("Wall-Press")).isFalse();
        assertThat(Slugs.isValid("wall--press")).isFalse();
        assertThat(Slugs.isValid("-wall")).isFalse();
        assertThat(Slugs.isValid("")).isFalse();
        assertThat(Slugs.isValid(null)).isFalse();
    }
}
