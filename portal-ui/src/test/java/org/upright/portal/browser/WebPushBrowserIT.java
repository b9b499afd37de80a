package org.upright.portal.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.net.URI;
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
    @SuppressWarnings("unchecked")
    void aPushMessageIsShownAsTheRemindersNotification() throws Exception {
        Page page = signedIn("push-shown-", null);
        BrowserContext context = page.context();
        String origin = URI.create(portal.url("/")).resolve("/").toString().replaceAll("/$", "");
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");

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
        // headless Chromium lists none of the notifications it was asked to show (getNotifications() stays
        // empty here), so what the worker asks to show is recorded instead
        WorkerConsole worker = new WorkerConsole(context.browser().newBrowserCDPSession(), page);
        worker.evaluate("""
                self.__uprightShown = [];
                self.registration.showNotification = (title, options) => {
                  self.__uprightShown.push({ title, body: options.body, url: options.data.url, tag: options.tag });
                  return Promise.resolve(); }; 'stubbed'""");
        devtools.send("ServiceWorker.deliverPushMessage", push);

        JsonObject shown = null;
        for (int i = 0; i < 100 && shown == null; i++) {
            page.waitForTimeout(100);
            JsonElement value = worker.evaluate("JSON.stringify(self.__uprightShown[0] || null)");
            JsonElement parsed = com.google.gson.JsonParser.parseString(value.getAsString());
            shown = parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        }
        assertThat(shown).as("the worker showed a notification").isNotNull();
        assertThat(Map.of("title", shown.get("title").getAsString(), "body", shown.get("body").getAsString(),
                "url", shown.get("url").getAsString(), "tag", shown.get("tag").getAsString()))
                .containsEntry("title", "Your daily check-in")
                .containsEntry("body", "How much does your back hurt today?")
                .containsEntry("url", "today#check-in").containsEntry("tag", "upright-daily-reminder");
        context.close();
    }

    /**
     * Runs JavaScript in Upright's service worker over the DevTools protocol (Playwright for Java has
     * no handle on service workers): a session attached to the worker's target, its messages relayed.
     */
    private static final class WorkerConsole {
        private final CDPSession devtools;
        private final Page page;
        private final String session;
        private final Map<Integer, JsonObject> answers = new java.util.concurrent.ConcurrentHashMap<>();
        private int next;

        WorkerConsole(CDPSession devtools, Page page) {
            this.devtools = devtools;
            this.page = page;
            String target = null;
            for (JsonElement t : devtools.send("Target.getTargets").getAsJsonArray("targetInfos")) {
                JsonObject info = t.getAsJsonObject();
                if ("service_worker".equals(info.get("type").getAsString()) && info.get("url").getAsString().endsWith("/upright-sw.js")) {
                    target = info.get("targetId").getAsString();
                }
            }
            assertThat(target).as("the service worker's target").isNotNull();
            devtools.on("Target.receivedMessageFromTarget", event -> {
                JsonObject message = com.google.gson.JsonParser.parseString(event.get("message").getAsString()).getAsJsonObject();
                if (message.has("id")) {
                    answers.put(message.get("id").getAsInt(), message);
                }
            });
            JsonObject attach = new JsonObject();
            attach.addProperty("targetId", target);
            attach.addProperty("flatten", false);
            this.session = devtools.send("Target.attachToTarget", attach).get("sessionId").getAsString();
        }

        JsonElement evaluate(String expression) {
            int id = ++next;
            JsonObject params = new JsonObject();
            params.addProperty("expression", expression);
            params.addProperty("returnByValue", true);
            params.addProperty("awaitPromise", true);
            JsonObject call = new JsonObject();
            call.addProperty("id", id);
            call.addProperty("method", "Runtime.evaluate");
            call.add("params", params);
            JsonObject send = new JsonObject();
            send.addProperty("sessionId", session);
            send.addProperty("message", call.toString());
            devtools.send("Target.sendMessageToTarget", send);
            page.waitForCondition(() -> answers.containsKey(id));
            JsonObject result = answers.remove(id).getAsJsonObject("result");
            assertThat(result.has("exceptionDetails")).as(result.toString()).isFalse();
            return result.getAsJsonObject("result").get("value");
        }
    }
}
