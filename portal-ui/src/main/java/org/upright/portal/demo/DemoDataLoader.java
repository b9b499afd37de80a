package org.upright.portal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.upright.content.shared.StartupTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.accounts.NewAccount;
import org.upright.accounts.mfa.SecondFactorService;
import org.upright.kernel.actor.Actors;
import org.upright.kernel.Role;

/**
 * Creates the demo accounts once (README lists them); a second start finds them and does nothing.
 * The demo coach and admin get the authenticator secrets README publishes, so that a person can
 * add them to an app and pass the second sign-in step.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(10)
class DemoDataLoader implements StartupTask {

    static final String MEMBER = "member";
    static final String COACH = "coach";
    static final String ADMIN = "admin";
    /** Base32 TOTP secrets of the demo coach and admin (README "Demo accounts"). */
    static final String COACH_TOTP_SECRET = "UPRIGHTDEMOCOACHUPRIGHTDEMOCOACH";
    static final String ADMIN_TOTP_SECRET = "UPRIGHTDEMOADMINUPRIGHTDEMOADMIN";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AccountService accounts;
    private final SecondFactorService secondFactors;

    DemoDataLoader(AccountService accounts, SecondFactorService secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
    }

    @Override
    public void runAtStartup() {
        if (accounts.findByUsername(ADMIN).isEmpty()) {
            accounts.create(new NewAccount(ADMIN, "Alex Admin", "admin-upright", Role.ADMIN, null,
                    "admin@example.org"));
            AccountProfile coach = accounts.create(new NewAccount(COACH, "Casey Coach", "coach-upright", Role.COACH,
                    null, "coach@example.org"));
            accounts.create(new NewAccount(MEMBER, "Mia Member", "member-upright", Role.MEMBER, coach.id(),
                    "member@example.org"));
            log.info("Demo accounts created: member, coach, admin (passwords in README)");
        }
        // also for a demo database from before two-step sign-in, and after an admin reset it
        Actors.runAsSystem(() -> {
            installSecret(COACH, COACH_TOTP_SECRET);
            installSecret(ADMIN, ADMIN_TOTP_SECRET);
        });
    }

    private void installSecret(String username, String secret) {
        accounts.findByUsername(username)
                .filter(account -> !secondFactors.enabledFor(account.id()))
                .ifPresent(account -> {
                    secondFactors.installDemoSecret(username, secret);
                    log.info("Demo account {}: two-step sign-in with the authenticator secret in README", username);
                });
    }
}
