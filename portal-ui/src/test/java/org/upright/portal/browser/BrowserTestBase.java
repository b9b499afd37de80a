package org.upright.portal.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser test starts from: the production jar (shared by all of them in this JVM)
 * and one headless Chromium per test class, closed when the class is done.
 */
abstract class BrowserTestBase {

    protected static RunningPortal portal;
    protected static BrowserSession browser;

    // subclasses must not declare a static method of the same name: it would hide this one and JUnit would skip it
    @BeforeAll
    static void startPortalAndBrowser() {
        portal = RunningPortal.get();
        browser = new BrowserSession();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }
}
