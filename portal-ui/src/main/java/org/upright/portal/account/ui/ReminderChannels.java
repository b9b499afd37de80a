package org.upright.portal.account.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.tracker.push.PushService;
import org.upright.tracker.reminder.ReminderChannel;
import org.upright.tracker.reminder.ReminderSettings;

/**
 * How the daily reminder comes: by e-mail, as a web push notification, or both. Push is offered only
 * where the portal sends it and this browser can show it ({@code upright/pwa/push.js} reports which);
 * elsewhere the card stays as it was, e-mail only. "Allow notifications on this device" asks the
 * browser's permission in the member's click and keeps this browser's subscription; the browser's
 * answers come back through Vaadin's connection ({@link ClientCallable}), so they carry its CSRF
 * protection and reach only the signed-in member's own subscriptions.
 */
@JavaScript("context://upright/pwa/push.js")
class ReminderChannels extends Div {

    private final PushService push;
    private final boolean mailAvailable;
    private final Checkbox byEmail;
    private final Checkbox byPush;
    private final Button allow;
    private final Button stop;
    private final Paragraph device = new Paragraph();
    /** Whether the push choice shows: the portal sends push, and this browser can or the member chose it. */
    private boolean offered;

    ReminderChannels(PushService push, ReminderSettings settings) {
        this.push = push;
        this.mailAvailable = settings.mailAvailable();
        setId("reminder-channels");
        addClassName("reminder-channels");
        byEmail = new Checkbox(getTranslation("push.card.by-email"), settings.channel().byEmail() && mailAvailable);
        byEmail.setId("reminder-by-email");
        byPush = new Checkbox(getTranslation("push.card.by-push"), settings.channel().byPush());
        byPush.setId("reminder-by-push");
        allow = new Button(getTranslation("push.card.allow"));
        allow.setId("reminder-push-allow");
        allow.addThemeVariants(ButtonVariant.LUMO_SMALL);
        stop = new Button(getTranslation("push.card.stop"));
        stop.setId("reminder-push-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        device.setId("reminder-push-device");
        device.getElement().setAttribute("aria-live", "polite");
        shown(allow, false);
        shown(stop, false);
        add(byEmail, byPush, device, allow, stop);
        offer(push.available() && settings.channel().byPush());
        if (push.available()) {
            // the buttons' clicks are handled in the browser: the permission prompt needs the member's own click
            getElement().executeJs("window.uprightPush && window.uprightPush.wire(this, $0, $1, $2)",
                    allow.getElement(), stop.getElement(), push.publicKey());
        }
    }

    /** The ticked channel; e-mail where push is not offered; null when the member ticked neither. */
    ReminderChannel channel() {
        return offered ? ReminderChannel.of(byEmail.getValue() && mailAvailable, byPush.getValue()) : ReminderChannel.EMAIL;
    }

    private void offer(boolean offer) {
        offered = offer;
        shown(this, offer);
        shown(byEmail, mailAvailable);
    }

    /** What this browser can do: "unsupported", "denied", "none" or "subscribed" (with its endpoint). */
    @ClientCallable
    public void pushState(String state, String endpoint) {
        switch (state == null ? "" : state) {
            case "subscribed" -> {
                if (push.seen(endpoint)) {
                    offer(true);
                    showSubscribed(true, getTranslation("push.card.state.on"));
                } else {
                    offerAllow();
                }
            }
            case "denied" -> {
                offer(true);
                showSubscribed(false, getTranslation("push.card.state.denied"));
                shown(allow, false);
            }
            case "none" -> offerAllow();
            default -> {
                offer(offered);
                shown(allow, false);
                shown(stop, false);
                device.setText(getTranslation("push.card.state.unsupported"));
            }
        }
    }

    @ClientCallable
    public void pushSubscribed(String endpoint, String p256dh, String auth) {
        try {
            push.subscribe(endpoint, p256dh, auth);
            byPush.setValue(true);
            showSubscribed(true, getTranslation("push.card.state.allowed"));
        } catch (InvalidInputException e) {
            showSubscribed(false, getTranslation("push.card.state.failed"));
        }
    }

    /** The browser did not subscribe: "denied", "dismissed" (the prompt closed) or "failed". */
    @ClientCallable
    public void pushRefused(String reason) {
        String key = switch (reason == null ? "" : reason) {
            case "denied" -> "push.card.state.denied";
            case "dismissed" -> "push.card.state.dismissed";
            default -> "push.card.state.failed";
        };
        showSubscribed(false, getTranslation(key));
        shown(allow, !"denied".equals(reason));
    }

    @ClientCallable
    public void pushUnsubscribed(String endpoint) {
        push.unsubscribe(endpoint);
        if (push.devices() == 0) {
            byPush.setValue(false);
        }
        showSubscribed(false, getTranslation("push.card.state.off"));
    }

    private void offerAllow() {
        offer(true);
        int others = push.devices();
        showSubscribed(false, others == 0 ? "" : getTranslation("push.card.state.on-other", others));
    }

    /**
     * Shows or hides by the hidden attribute, not {@code setVisible}: Vaadin neither runs the wiring
     * script on nor takes the browser's calls from an invisible component.
     */
    private static void shown(com.vaadin.flow.component.Component component, boolean shown) {
        component.getElement().setAttribute("hidden", !shown);
    }

    private void showSubscribed(boolean subscribed, String text) {
        shown(allow, !subscribed);
        shown(stop, subscribed);
        device.setText(text);
        shown(device, !text.isEmpty());
    }
}
