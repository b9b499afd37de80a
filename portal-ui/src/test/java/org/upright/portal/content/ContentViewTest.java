package org.upright.portal.content;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;

/** Browserless content view tests: a fresh account of the wanted role per test, signed out afterwards. */
@SpringBootTest
public abstract class ContentViewTest extends SpringBrowserlessTest {

    @Autowired
    protected TestAccounts accounts;

    protected void signInAs(Role role) {
        TestAccounts.signIn(role == Role.MEMBER ? accounts.screened(accounts.create(role)) : accounts.create(role));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }
}
