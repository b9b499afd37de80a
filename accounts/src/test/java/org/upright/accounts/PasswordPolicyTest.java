package org.upright.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsAListOfSeveralThousandCommonPasswords() {
        assertThat(policy.listSize()).isBetween(2_000, 20_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-battery", "violet tram under rain", "Kettle!Orbit7Lagoon", "mijn fiets is groen"})
    void acceptsLongUnusualPasswords(String password) {
        assertThat(policy.problem("anna", password)).isEmpty();
    }

    @Test
    void elevenCharactersAreTooShortAndTwelveAreEnough() {
        assertThat(policy.problem("anna", "Kettle!Orbi")).hasValue("Use at least 12 characters (this one has 11)");
        assertThat(policy.problem("anna", "Kettle!Orbit")).isEmpty();
    }

    @Test
    void refusesEmptyAndOverlongPasswords() {
        assertThat(policy.problem("anna", "")).hasValue("Enter a password");
        assertThat(policy.problem("anna", null)).hasValue("Enter a password");
        assertThat(policy.problem("anna", "Kettle!Orbit".repeat(6))).hasValue("Use at most 64 characters");
        // 28 characters, but 78 bytes: beyond what bcrypt reads
        assertThat(policy.problem("anna", "€".repeat(25) + "abc")).hasValue("Use at most 64 characters");
    }

    @ParameterizedTest
    @CsvSource({"anna.berg, anna.berg-2024-spring", "anna.berg, ANNA.BERG is me!", "Casey, my name is casey ok"})
    void refusesPasswordsContainingTheUsername(String username, String password) {
        assertThat(policy.problem(username, password)).hasValue("The password must not contain the username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password2024!!", "P@ssw0rd-2024!", "qwerty123456", "iloveyou1234",
            "letmein-please", "2025sunshine!!", "Football#2024", "passwordpassword", "upright-2026!!",
            "correcthorsebatterystaple", "trustno1trustno1", "sunshine.sunshine"})
    void refusesWellKnownPasswordsAndTheirDecoratedForms(String password) {
        assertThat(policy.problem("anna", password)).hasValueSatisfying(m -> assertThat(m).contains("well-known"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijklm", "1234567890123", "qwertyuiopasdf", "mlkjihgfedcba", "0987654321098"})
    void refusesKeyboardAndAlphabetRuns(String password) {
        assertThat(policy.problem("anna", password)).hasValueSatisfying(m -> assertThat(m).contains("run"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaa", "abababababab", "1212121212121", "xyzzxyzzxyzz"})
    void refusesPasswordsOfTooFewDifferentCharacters(String password) {
        assertThat(policy.problem("anna", password)).hasValueSatisfying(m -> assertThat(m).contains("repeats too few"));
    }
}
