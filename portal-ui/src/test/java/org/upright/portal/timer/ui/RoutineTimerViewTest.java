package org.upright.portal.timer.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.kernel.Role;
import org.upright.portal.base.ui.AccessDeniedView;
import org.upright.portal.testing.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
