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
import org.upright.kernel.Role;

/** Creates the demo accounts once (README lists them); a second start finds them and does nothing. */
@Component
@Conditional(DemoDataCondition.class)
@Order(10)
class DemoDataLoader implements StartupTask {

    static final String MEMBER = "member";
    static final String COACH = "coach";
    static final String ADMIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AccountService accounts;

    DemoDataLoader(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void runAtStartup() {
        if (accounts.findByUsername(ADMIN).isPresent()) {
            return;
        }
        accounts.create(new NewAccount(ADMIN, "Alex Admin", "admin-upright", Role.ADMIN, null,
                "admin@example.org"));
        AccountProfile coach = accounts.create(new NewAccount(COACH, "Casey Coach", "coach-upright", Role.COACH, null,
                "coach@example.org"));
        accounts.create(new NewAccount(MEMBER, "Mia Member", "member-upright", Role.MEMBER, coach.id(),
                "member@example.org"));
        log.info("Demo accounts created: member, coach, admin (passwords in README)");
    }
}
