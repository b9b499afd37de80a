package org.upright.accounts.mfa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesWhoseHashIsTheSameHoweverTheyAreTyped() {
        List<String> codes = new RecoveryCodes().generate();

        assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
        String code = codes.getFirst();
        assertThat(RecoveryCodes.hash(code)).hasSize(RecoveryCodes.HASH_LENGTH).doesNotContain(code)
                .isEqualTo(RecoveryCodes.hash(" " + code.toUpperCase().replace("-", " ") + " "));
        assertThat(RecoveryCodes.hash(codes.get(1))).isNotEqualTo(RecoveryCodes.hash(code));
        assertThat(RecoveryCodes.looksLikeCode(code)).isTrue();
        assertThat(RecoveryCodes.looksLikeCode("123456")).isFalse();
    }
}
