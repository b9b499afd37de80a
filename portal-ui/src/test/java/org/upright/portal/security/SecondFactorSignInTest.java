package org.upright.portal.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.mfa.AuthenticatorSetup;
import org.upright.accounts.mfa.SecondFactorKind;
import org.upright.accounts.mfa.SecondFactorSignIn;
import org.upright.accounts.mfa.SignInChallenge;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The second sign-in step against the real tables: enforcement per role, replay, recovery codes. */
@SpringBootTest
class SecondFactorSignInTest {

    @Autowired
    SecondFactorSignIn signIn;

    @Autowired
    TestAccounts accounts;

    private static String codeNow(String secret) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
    }

    @Test
    void coachesAndAdminsMustEnrolMembersOnlyWhenTheyChose() {
        assertThat(signIn.challengeAfterPassword(accounts.create(Role.MEMBER).username())).isEmpty();
        assertThat(signIn.challengeAfterPassword(accounts.create(Role.COACH).username()))
                .hasValueSatisfying(c -> assertThat(c.enrolled()).isFalse());
        assertThat(signIn.challengeAfterPassword(accounts.create(Role.ADMIN).username()))
                .hasValueSatisfying(c -> assertThat(c.enrolled()).isFalse());
    }

    @Test
    void enrolmentThenACodeOnceAndEachRecoveryCodeOnce() throws Exception {
        AccountProfile coach = accounts.create(Role.COACH);
        SignInChallenge toEnrol = signIn.challengeAfterPassword(coach.username()).orElseThrow();
        AuthenticatorSetup setup = signIn.setUp(toEnrol);
        assertThat(setup.qrCodeDataUri()).startsWith("data:image/png;base64,");
        assertThat(setup.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + setup.secret());
        assertThat(signIn.setUp(toEnrol).secret()).as("the same secret until confirmed").isEqualTo(setup.secret());

        assertThat(signIn.confirm(toEnrol, "000000".equals(codeNow(setup.secret())) ? "111111" : "000000")).isEmpty();
        String first = codeNow(setup.secret());
        List<String> recovery = signIn.confirm(toEnrol, first).orElseThrow();
        assertThat(recovery).hasSize(10);

        SignInChallenge challenge = signIn.challengeAfterPassword(coach.username()).orElseThrow();
        assertThat(challenge.enrolled()).isTrue();
        // the code that confirmed cannot sign in again (replay)
        if (first.equals(codeNow(setup.secret()))) {
            assertThat(signIn.verify(challenge, first)).isEmpty();
        }
        assertThat(signIn.verify(challenge, recovery.get(3))).hasValue(SecondFactorKind.RECOVERY_CODE);
        assertThat(signIn.verify(challenge, recovery.get(3))).as("used up").isEmpty();
        assertThat(signIn.verify(challenge, recovery.get(4).toUpperCase())).hasValue(SecondFactorKind.RECOVERY_CODE);
        assertThat(signIn.verify(challenge, "abcd-efgh-ijkl-mnop")).isEmpty();
    }
}
