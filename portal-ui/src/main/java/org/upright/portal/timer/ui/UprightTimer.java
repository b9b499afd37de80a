package org.upright.portal.timer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;

import java.util.function.Consumer;

/**
 * Server-side handle of the {@code <upright-timer>} custom element (upright/timer/upright-timer.js).
 * The element runs the whole routine in the browser; the server only hands it the routine
 * and receives the finished session, so timing never waits on the network.
 */
@Tag("upright-timer")
@JavaScript("context://upright/timer/upright-timer.js")
class UprightTimer extends Component {

    UprightTimer() {
        setId("timer");
    }

    void setRoutineJson(String json) {
        getElement().setAttribute("routine-json", json);
    }

    /** Lets tests speed up time (window.__uprightTimeScale) and read debugState(); off in production. */
    void setTestHooks(boolean enabled) {
        getElement().setAttribute("test-hooks", enabled);
    }

    /** Fired once per save attempt, and again for results kept offline when {@link #flushOutbox()} runs. */
    Registration addResultListener(Consumer<String> resultJson) {
        return getElement().addEventListener("timer-result", e -> resultJson.accept(e.getEventData().get("event.detail.json").asString()))
                .addEventData("event.detail.json");
    }

    void acknowledge(String clientSessionId, String message) {
        getElement().callJsFunction("acknowledge", clientSessionId, message);
    }

    void reject(String clientSessionId, String message) {
        getElement().callJsFunction("reject", clientSessionId, message);
    }

    /** Re-sends results that were saved while the server was unreachable. */
    void flushOutbox() {
        getElement().callJsFunction("flushOutbox");
    }
}
