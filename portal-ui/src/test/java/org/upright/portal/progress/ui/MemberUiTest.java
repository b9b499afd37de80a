package org.upright.portal.progress.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;
import org.upright.tracker.pain.PainRatingService;

import java.time.Clock;
import java.time.LocalDate;

/** Browserless tests of the member's tracker views: a fresh member per test, their today, their ratings. */
abstract class MemberUiTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    PainRatingService ratings;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    AccountProfile newMember() {
        return accounts.screened(accounts.create(Role.MEMBER));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
