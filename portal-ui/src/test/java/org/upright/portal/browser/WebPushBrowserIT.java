package org.upright.portal.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web push in Chromium, as far as it goes here: the reminder card offers notifications only where
 * the browser can show them, and Upright's service worker shows a push message as the reminder's
 * notification. Headless Chromium cannot subscribe here (no push service is reachable), so the
 * message is handed to the worker over the DevTools protocol ({@code ServiceWorker.deliverPushMessage});
 * what the server encrypts and signs is tested against a push service played on 127.0.0.1
 * (tracker {@code PushNotificationsTest}).
 */
class WebPushBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "web-push-password";

    private Page signedIn(String prefix, String initScript) throws Exception {
        String member = prefix + System.nanoTime();
        portal.createMember(member, PASSWORD);
        Page page = browser.newPage(true);
        if (initScript != null) {
            page.context().addInitScript(initScript);
        }
        BrowserSession.signIn(page, portal, member, PASSWORD);
        page.navigate(portal.url("/profile"));
        page.locator("#reminder-time").waitFor();
        return page;
    }

    @Test
    void theReminderCardOffersNotificationsOnlyWhereTheBrowserCanShowThem() throws Exception {
        Page able = signedIn("push-able-", null);
        assertThat(able.locator("#reminder-by-push")).isVisible();
        assertThat(able.locator("#reminder-push-allow")).isVisible();
        assertThat(able.locator("#reminder-push-stop")).isHidden();
        ScreenCheck.screenshot(able, "push-01-profile-reminder");
        able.context().close();

        Page unable = signedIn("push-unable-", "delete window.PushManager;");
        assertThat(unable.locator("#reminder-push-device")).hasText("This browser cannot show notifications from Upright.");
        assertThat(unable.locator("#reminder-channels")).isHidden();
        assertThat(unable.locator("#reminder-by-push")).isHidden();
        unable.context().close();
    }

    @Test
    void aPushMessageIsShownAsTheRemindersNotification(@TempDir Path profile) throws Exception {
        // a browser profile, not an incognito window: Chromium blocks notifications in incognito
        BrowserContext context = browser.newProfile(profile, true);
        Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
        String origin = URI.create(portal.url("/")).resolve("/").toString().replaceAll("/$", "");
        context.grantPermissions(List.of("notifications"), new BrowserContext.GrantPermissionsOptions().setOrigin(origin));
        String member = "push-shown-" + System.nanoTime();
        portal.createMember(member, PASSWORD);
        BrowserSession.signIn(page, portal, member, PASSWORD);
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        assertThat(page.evaluate("() => Notification.permission")).isEqualTo("granted");

        CDPSession devtools = context.newCDPSession(page);
        AtomicReference<String> registration = new AtomicReference<>();
        devtools.on("ServiceWorker.workerRegistrationUpdated", event -> {
            for (JsonElement r : event.getAsJsonArray("registrations")) {
                JsonObject reg = r.getAsJsonObject();
                if (reg.get("scopeURL").getAsString().startsWith(origin) && !reg.get("isDeleted").getAsBoolean()) {
                    registration.set(reg.get("registrationId").getAsString());
                }
            }
        });
        devtools.send("ServiceWorker.enable");
        page.waitForCondition(() -> registration.get() != null);

        JsonObject push = new JsonObject();
        push.addProperty("origin", origin);
        push.addProperty("registrationId", registration.get());
        push.addProperty("data", "{\"title\":\"Your daily check-in\",\"body\":\"How much does your back hurt today?\",\"url\":\"today#check-in\"}");
        devtools.send("ServiceWorker.deliverPushMessage", push);

        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) page.evaluate("""
                async () => {
                  const worker = await navigator.serviceWorker.ready;
                  for (let i = 0; i < 100; i++) {
                    const n = (await worker.getNotifications())[0];
                    if (n) return { title: n.title, body: n.body, url: n.data.url, tag: n.tag };
                    await new Promise((r) => setTimeout(r, 100));
                  }
                  return { none: Notification.permission };
                }""");
        assertThat(shown).containsEntry("title", "Your daily check-in")
                .containsEntry("body", "How much does your back hurt today?")
                .containsEntry("url", "today#check-in").containsEntry("tag", "upright-daily-reminder");
        context.close();
    }
}
