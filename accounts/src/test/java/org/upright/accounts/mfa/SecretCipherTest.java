package org.upright.accounts.mfa;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void withAKeyTheStoredFormHoldsNoSecretAndOpensForItsAccountOnly() {
        SecretCipher cipher = new SecretCipher(newKey());
        String stored = cipher.seal(7, SECRET);

        assertThat(stored).startsWith("aes:").doesNotContain(SECRET).hasSizeLessThanOrEqualTo(SecretCipher.MAX_STORED_LENGTH);
        assertThat(cipher.seal(7, SECRET)).as("a fresh nonce each time").isNotEqualTo(stored);
        assertThat(cipher.open(7, stored)).isEqualTo(SECRET);
        assertThatThrownBy(() -> cipher.open(8, stored)).isInstanceOf(IllegalStateException.class)
                .message().doesNotContain(SECRET);
        assertThatThrownBy(() -> new SecretCipher(newKey()).open(7, stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeySecretsAreStoredPlainAndStillOpenOnceAKeyIsSet() {
        String stored = new SecretCipher(null).seal(7, SECRET);

        assertThat(stored).isEqualTo("plain:" + SECRET);
        assertThat(new SecretCipher(newKey()).open(7, stored)).isEqualTo(SECRET);
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[10])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretCipher("not base64 !")).isInstanceOf(IllegalArgumentException.class);
    }
}
