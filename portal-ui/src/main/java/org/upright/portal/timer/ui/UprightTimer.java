package org.upright.portal.timer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;

import org.upright.kernel.i18n.Language;
import org.upright.tracker.session.StopReason;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Server-side handle of the {@code <upright-timer>} custom element. upright-timer.js is a classic
 * script (what {@code @JavaScript} loads) that imports the timer's ES modules next to it
 * (upright/timer/timer-element.js and its imports), served as static files without a bundler.
 * The element runs the whole routine in the browser; the server only hands it the routine and
 * receives the session, so timing never waits on the network. Results it could not send are kept in
 * the browser and sent again by the element itself when it is next attached or back online.
 */
@Tag("upright-timer")
@JavaScript("context://upright/timer/upright-timer.js")
class UprightTimer extends Component {

    private static final String BUNDLE = "i18n/portal-member";
    private static final String PREFIX = "timer.js.";
    /** MessageFormat puts these back where {0}, {1} … stand, for text.js to fill. */
    private static final Object[] PLACEHOLDERS = {"{0}", "{1}", "{2}", "{3}"};
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    UprightTimer() {
        setId("timer");
    }

    /**
     * What the element shows and says, in {@code locale}'s language: every {@code timer.js.*} text of the
     * portal-member bundle (key without the prefix; {0}, {1} … left for the script to fill) and the stop
     * reasons' words (the tracker's), with the language tag speech uses. Set before the routine, so the
     * start screen is drawn once in the right words.
     */
    void setWords(Locale locale) {
        Map<String, String> words = new TreeMap<>();
        for (String key : ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK).keySet()) {
            if (key.startsWith(PREFIX)) {
                words.put(key.substring(PREFIX.length()), getTranslation(locale, key, PLACEHOLDERS));
            }
        }
        for (StopReason reason : StopReason.values()) {
            words.put("stop-reason." + reason.name(), reason.label(Language.of(locale)));
        }
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("lang", locale.toLanguageTag());
        attribute.put("words", words);
        getElement().setAttribute("words-json", JSON.writeValueAsString(attribute));
    }

    void setRoutineJson(String json) {
        getElement().setAttribute("routine-json", json);
    }

    /** Lets tests speed up time (window.__uprightTimeScale) and read debugState(); off in production. */
    void setTestHooks(boolean enabled) {
        getElement().setAttribute("test-hooks", enabled);
    }

    /**
     * Fired when a routine ends or is stopped and kept, again (same client session id) when pain or a
     * note is added afterwards, and for results kept in the browser when the element is attached.
     */
    Registration addResultListener(Consumer<String> resultJson) {
        return getElement().addEventListener("timer-result", e -> resultJson.accept(e.getEventData().get("event.detail.json").asString()))
                .addEventData("event.detail.json");
    }

    /** {@code adviceJson}: the pain-monitoring advice ({@code {headline, points}}) to show, or null for none. */
    void acknowledge(String clientSessionId, String message, String adviceJson) {
        getElement().callJsFunction("acknowledge", clientSessionId, message, adviceJson);
    }

    void reject(String clientSessionId, String message) {
        getElement().callJsFunction("reject", clientSessionId, message);
    }

    /** The server could not store the result now (no database): it waits in the browser's outbox. */
    void unreachable(String clientSessionId) {
        getElement().callJsFunction("unreachable", clientSessionId);
    }

    /** The server could not store it (its fault, not the data's): the browser keeps it to send again. */
    void failed(String clientSessionId, String message) {
        getElement().callJsFunction("failed", clientSessionId, message);
    }

    /** Fired when the member taps Done after everything is saved. */
    Registration addClosedListener(Runnable listener) {
        return getElement().addEventListener("timer-closed", e -> listener.run());
    }
}
