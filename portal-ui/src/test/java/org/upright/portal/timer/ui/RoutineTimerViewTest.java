package org.upright.portal.timer.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.kernel.Role;
import org.upright.portal.base.ui.AccessDeniedView;
import org.upright.portal.testing.TestAccounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class RoutineTimerViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JsonMapper json;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void handsThePublishedRoutineToTheTimerWithTestHooksOff() {
        TestAccounts.signIn(accounts.screened(accounts.create(Role.MEMBER)));
        navigate("routines/wall-press/run", RoutineTimerView.class);
        UprightTimer timer = $(UprightTimer.class).single();
        assertThat(timer.getElement().hasAttribute("test-hooks")).isFalse();
        JsonNode routine = json.readTree(timer.getElement().getAttribute("routine-json"));
        assertThat(routine.get("routineVersion").asInt()).isPositive();
        assertThat(routine.get("getReadySeconds").asInt()).isEqualTo(5);
        assertThat(routine.get("steps").size()).isGreaterThanOrEqualTo(2);
        JsonNode press = routine.get("steps").get(1);
        assertThat(press.get("holdSeconds").asInt()).isBetween(15, 20);
        assertThat(press.get("repetitions").asInt()).isBetween(2, 3);
        assertThat(press.get("safetyCue").asString()).isNotBlank();
        // the disclaimer stands above the timer, so its start screen shows it too
        assertThat($(org.upright.portal.base.ui.SafetyDisclaimer.class).single().getText()).contains("does not replace");
    }

    @Test
    void theTimerGetsItsWordsAndLanguageFromTheBundleInTheUisLanguage() {
        TestAccounts.signIn(accounts.screened(accounts.create(Role.MEMBER)));
        navigate("routines/wall-press/run", RoutineTimerView.class);
        JsonNode english = json.readTree($(UprightTimer.class).single().getElement().getAttribute("words-json"));
        assertThat(english.get("lang").asString()).isEqualTo("en");
        assertThat(english.get("words").get("kind.HOLD").asString()).isEqualTo("Hold");
        assertThat(english.get("words").get("rep").asString()).isEqualTo("Rep {0} of {1}");
        assertThat(english.get("words").get("offline").asString()).startsWith("You're offline");
        assertThat(english.get("words").get("stop-reason.TIRED").asString()).isEqualTo("Too tired");

        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate("routines/wall-press/run", RoutineTimerView.class);
        JsonNode german = json.readTree($(UprightTimer.class).single().getElement().getAttribute("words-json"));
        assertThat(german.get("lang").asString()).isEqualTo("de");
        assertThat(german.get("words").get("kind.HOLD").asString()).isEqualTo("Halten");
        assertThat(german.get("words").get("rep").asString()).isEqualTo("Wiederholung {0} von {1}");
        assertThat(german.get("words").get("stop-reason.TIRED").asString()).isEqualTo("Zu müde");
        assertThat(german.get("words").size()).isEqualTo(english.get("words").size());
    }

    @Test
    void aBadPainResponseComesBackToTheTimerWithTheServersAdvice() {
        TestAccounts.signIn(accounts.screened(accounts.create(Role.MEMBER)));
        navigate("routines/wall-press/run", RoutineTimerView.class);
        UprightTimer timer = $(UprightTimer.class).single();
        JsonNode routine = json.readTree(timer.getElement().getAttribute("routine-json"));
        String id = UUID.randomUUID().toString();

        List<String> good = send(timer, result(routine, id, 3, 4));
        assertThat(good).contains(id, "Session saved");
        assertThat(good).as("no advice for 3 -> 4").containsNull();

        List<String> bad = send(timer, result(routine, id, 3, 6));
        String advice = bad.getLast();
        assertThat(advice).contains("Your pain went up from 3 to 6 during this routine", "Ease back");

        // the next session of this routine suggests its easier versions, until a session goes well
        navigate("routines/wall-press/run", RoutineTimerView.class);
        assertThat(json.readTree($(UprightTimer.class).single().getElement().getAttribute("routine-json"))
                .get("easierSuggested").asBoolean()).isTrue();
        send($(UprightTimer.class).single(), result(routine, UUID.randomUUID().toString(), 3, 3));
        navigate("routines/wall-press/run", RoutineTimerView.class);
        assertThat(json.readTree($(UprightTimer.class).single().getElement().getAttribute("routine-json"))
                .get("easierSuggested").asBoolean()).isFalse();
    }

    /** Fires the element's timer-result event as the browser would; the arguments of the timer call that answers it. */
    private List<String> send(UprightTimer timer, String resultJson) {
        ObjectNode data = json.createObjectNode();
        data.put("event.detail.json", resultJson);
        timer.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(timer.getElement(), "timer-result", data));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<PendingJavaScriptInvocation> calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        PendingJavaScriptInvocation call = calls.stream()
                .filter(i -> i.getInvocation().getExpression().contains(".acknowledge("))
                .reduce((a, b) -> b).orElseThrow();
        List<Object> parameters = call.getInvocation().getParameters();
        // the element, then the function's arguments
        return parameters.subList(1, parameters.size()).stream().map(p -> p == null ? null : p.toString())
                .collect(java.util.stream.Collectors.toList());
    }

    private static String result(JsonNode routine, String id, int before, int after) {
        Instant finished = Instant.now().minusSeconds(5);
        return """
                {"clientSessionId":"%s","routineId":%d,"routineVersion":%d,"startedAt":%d,"finishedAt":%d,
                 "stepsCompleted":%d,"stepsTotal":%d,"durationSeconds":200,"painBefore":%d,"painAfter":%d}""".formatted(
                id, routine.get("routineId").asLong(), routine.get("routineVersion").asInt(),
                finished.minusSeconds(200).toEpochMilli(), finished.toEpochMilli(), routine.get("steps").size(),
                routine.get("steps").size(), before, after);
    }

    @Test
    void eachStepsEasierVersionAndMovementReachTheTimerAndStepsDoneEasierAreMeasuredByTheEasierPlan(
            @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        TestAccounts.signIn(accounts.screened(accounts.create(Role.MEMBER)));
        navigate("routines/wall-press/run", RoutineTimerView.class);
        UprightTimer timer = $(UprightTimer.class).single();
        JsonNode routine = json.readTree(timer.getElement().getAttribute("routine-json"));
        JsonNode steps = routine.get("steps");
        assertThat(steps.get(0).get("moving").asBoolean()).as("setting up at the wall moves").isTrue();
        assertThat(steps.get(1).get("moving").asBoolean()).as("the press is a still hold").isFalse();
        JsonNode easier = steps.get(1).get("easier");
        assertThat(easier.get("instructions").asString()).contains("third of your effort");
        assertThat(easier.get("holdSeconds").asInt()).isLessThan(steps.get(1).get("holdSeconds").asInt());
        assertThat(steps.get(2).path("easier").isObject()).as("walking in has no easier version").isFalse();

        // the press (easier: 2 x 15 s) held 16 s and the slides (easier: 4 x 5 s) 11 s: done, by the easier plan
        String id = UUID.randomUUID().toString();
        String held = result(routine, id, 3, 3).replace("}", ","
                + "\"stepHoldSeconds\":[20,16,20,11],\"stepEasier\":[false,true,false,true]}");
        assertThat(send(timer, held)).contains(id, "Session saved");
        assertThat(jdbc.sql("select steps_completed || ' ' || step_easier::text from completed_session where client_session_id = ?::uuid")
                .param(id).query(String.class).single()).isEqualTo("4 {f,t,f,t}");

        String wrong = result(routine, UUID.randomUUID().toString(), 3, 3).replace("}", ","
                + "\"stepHoldSeconds\":[20,16,20,11],\"stepEasier\":[false,false,true,false]}");
        timer.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(timer.getElement(),
                "timer-result", json.createObjectNode().put("event.detail.json", wrong)));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains(".reject("))
                .map(i -> i.getInvocation().getParameters().getLast().toString()))
                .singleElement().asString().contains("Step 3 of 'Wall press' has no easier version");
    }

    @Test
    void anUnknownRoutineSaysSo() {
        TestAccounts.signIn(accounts.screened(accounts.create(Role.MEMBER)));
        RoutineTimerView view = navigate("routines/no-such-routine/run", RoutineTimerView.class);
        assertThat(view.getElement().getTextRecursively()).contains("not available");
        assertThat($(UprightTimer.class).all()).isEmpty();
    }

    @Test
    void coachesCannotOpenTheTimer() {
        TestAccounts.signIn(accounts.create(Role.COACH));
        navigate("routines/wall-press/run", AccessDeniedView.class);
    }
}
